package org.commsafe.cli;

import org.commsafe.scenario.Limits;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Whole-number options checked when the command line is parsed (picocli exits with 2 and the
 * option's name): plain ASCII digits only, within the range each option states.
 */
final class Counts {
    private Counts() {
    }

    static int parse(String value, long min, long max) {
        String t = value.trim();
        if (!t.matches("[+-]?[0-9]{1,18}")) {
            throw new TypeConversionException("expected a whole number, got '"
                + org.commsafe.model.Decimal.clip(value) + "'");
        }
        long x = Long.parseLong(t);
        if (x < min || x > max) {
            throw new TypeConversionException(x + " is out of range [" + min + ", " + max + "]");
        }
        return (int) x;
    }

    /** --threads: 1 to {@link Limits#MAX_THREADS}. */
    static final class Threads implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return parse(value, 1, Limits.MAX_THREADS);
        }
    }

    /** --days: 1 to {@link Limits#MAX_DAYS}. */
    static final class Days implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return parse(value, 1, Limits.MAX_DAYS);
        }
    }

    /** Burn-in days: 0 to {@link Limits#MAX_DAYS}. */
    static final class BurnInDays implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return parse(value, 0, Limits.MAX_DAYS);
        }
    }

    /** --reps and other replication counts: 1 to {@link Limits#MAX_REPLICATIONS}. */
    static final class Replications implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return parse(value, 1, Limits.MAX_REPLICATIONS);
        }
    }

    /** A count of at least 1 (up to 1,000,000). */
    static final class Positive implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return parse(value, 1, 1_000_000);
        }
    }

    /** A strict decimal number (no "3000d", "0x1p10", "NaN" or "Infinity"). */
    static final class DecimalNumber implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            try {
                return org.commsafe.model.Decimal.parse(value);
            } catch (NumberFormatException e) {
                throw new TypeConversionException("expected a number, got '" + org.commsafe.model.Decimal.clip(value) + "' "
                    + e.getMessage());
            }
        }
    }

    /** A seed: a whole number, digits only. */
    static final class Seed implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            String t = value.trim();
            if (!t.matches("[+-]?[0-9]{1,18}")) {
                throw new TypeConversionException("expected a whole number in [0, 2^49), got '"
                    + org.commsafe.model.Decimal.clip(value) + "'");
            }
            // the range is checked with the scenario (ScenarioOptions), naming the seed limit
            return Long.parseLong(t);
        }
    }

    /** A count of at least 0 (up to 1,000,000). */
    static final class NonNegative implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return parse(value, 0, 1_000_000);
        }
    }
}
