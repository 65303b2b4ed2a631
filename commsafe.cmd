@echo off
rem commsafe launcher for Windows. Needs only a JDK 17+ on the PATH (java and javac).
rem When target\commsafe.jar is missing or older than the sources, builds it with the Maven Wrapper
rem (mvnw.cmd downloads Maven from Maven Central on first use); otherwise runs the jar with plain java.
setlocal enabledelayedexpansion
set "HERE=%~dp0"
if "%HERE:~-1%"=="\" set "HERE=%HERE:~0,-1%"
set "JAR=%HERE%\target\commsafe.jar"

where java >nul 2>nul
if errorlevel 1 (
  echo commsafe: needs a JDK 17 or newer ^(java and javac^) on the PATH 1>&2
  exit /b 1
)

set "STALE="
if not exist "%JAR%" set "STALE=1"
if not exist "%HERE%\target\lib" set "STALE=1"
if not defined STALE (
  rem a source file or pom.xml newer than the jar makes it stale
  for /f "usebackq delims=" %%N in (`powershell -NoProfile -Command "$j=(Get-Item -LiteralPath '%JAR%').LastWriteTime; $n=@(Get-ChildItem -LiteralPath '%HERE%\src\main' -Recurse -File | Where-Object { $_.LastWriteTime -gt $j }).Count + @(Get-Item -LiteralPath '%HERE%\pom.xml' | Where-Object { $_.LastWriteTime -gt $j }).Count; $n"`) do (
    if not "%%N"=="0" set "STALE=1"
  )
)

if defined STALE (
  echo commsafe: building target\commsafe.jar ^(first build downloads Maven and the libraries: a few minutes^)... 1>&2
  pushd "%HERE%"
  call "%HERE%\mvnw.cmd" -B -q --no-transfer-progress -DskipTests package 1>&2
  set "BUILD=!errorlevel!"
  popd
  if not "!BUILD!"=="0" (
    echo commsafe: the build failed ^(exit !BUILD!^) 1>&2
    exit /b !BUILD!
  )
)

set "COMMSAFE_HOME=%HERE%"
java %COMMSAFE_JAVA_OPTS% -cp "%JAR%;%HERE%\target\lib\*" org.commsafe.cli.Main %*
exit /b %errorlevel%
