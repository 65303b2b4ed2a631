package org.commsafe.cli; public class Main { public static void main(String[] a){} }
