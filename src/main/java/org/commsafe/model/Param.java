package org.commsafe.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Metadata of one model parameter: the single place where its default, unit, valid range,
 * meaning and source are written. Scenario files, validation, the ODD parameter table and
 * the GUI's Model tab are all generated from these annotations.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface Param {
    /** Default value, as it would be written in a scenario file. */
    String def();

    /** Unit, e.g. "households", "hours/day", "probability", "1". */
    String unit();

    double min() default Double.NEGATIVE_INFINITY;

    double max() default Double.POSITIVE_INFINITY;

    /** One-line meaning. */
    String doc();

    /** Where the default comes from: a seed section, a cited source, or "assumption" / "calibrated". */
    String source();

    /** Group in the ODD table and the GUI: city, officer, offending, reporting, ... */
    String group();

    /** True when calibration may move this parameter (not fixed by the seed or a cited source). */
    boolean free() default false;
}
