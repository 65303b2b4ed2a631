package org.commsafe.costs;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * A small arithmetic expression of a costs file's {@code quantity:}: numbers, names (model
 * parameters, {@code households}, {@code communities}, {@code out.<summary column>}), + - * / ^,
 * unary minus, parentheses and the functions min, max, round, floor, ceil, abs and step (1 when
 * its argument is above 0, else 0). No other syntax: a file cannot run code.
 */
public final class Expr {
    private final String text;
    private final Node root;
    private final Set<String> names = new LinkedHashSet<>();

    private interface Node {
        double eval(ToDoubleFunction<String> vars);
    }

    /** A malformed expression; the message says where. */
    public static final class SyntaxException extends Exception {
        private static final long serialVersionUID = 1L;

        SyntaxException(String message) {
            super(message);
        }
    }

    private Expr(String text) throws SyntaxException {
        this.text = text;
        Parser p = new Parser(text);
        root = p.sum();
        p.skip();
        if (p.pos < text.length()) {
            throw new SyntaxException("unexpected '" + text.charAt(p.pos) + "' at character " + (p.pos + 1));
        }
    }

    public static Expr parse(String text) throws SyntaxException {
        if (text.length() > 2000) {
            throw new SyntaxException("longer than 2,000 characters");
        }
        return new Expr(text);
    }

    /** Every name the expression reads, in order of first use. */
    public Set<String> names() {
        return names;
    }

    public double eval(ToDoubleFunction<String> vars) {
        return root.eval(vars);
    }

    @Override
    public String toString() {
        return text;
    }

    private static final List<String> FUNCTIONS = List.of("min", "max", "round", "floor", "ceil", "abs", "step");

    private final class Parser {
        private final String s;
        private int pos;
        private int depth;

        Parser(String s) {
            this.s = s;
        }

        void skip() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        boolean eat(char c) {
            skip();
            if (pos < s.length() && s.charAt(pos) == c) {
                pos++;
                return true;
            }
            return false;
        }

        Node sum() throws SyntaxException {
            if (++depth > 50) {
                throw new SyntaxException("nested too deep");
            }
            Node a = product();
            while (true) {
                if (eat('+')) {
                    Node l = a;
                    Node r = product();
                    a = v -> l.eval(v) + r.eval(v);
                } else if (eat('-')) {
                    Node l = a;
                    Node r = product();
                    a = v -> l.eval(v) - r.eval(v);
                } else {
                    depth--;
                    return a;
                }
            }
        }

        Node product() throws SyntaxException {
            Node a = power();
            while (true) {
                if (eat('*')) {
                    Node l = a;
                    Node r = power();
                    a = v -> l.eval(v) * r.eval(v);
                } else if (eat('/')) {
                    Node l = a;
                    Node r = power();
                    a = v -> l.eval(v) / r.eval(v);
                } else {
                    return a;
                }
            }
        }

        Node power() throws SyntaxException {
            Node a = unary();
            if (eat('^')) {
                Node b = power();
                Node l = a;
                return v -> Math.pow(l.eval(v), b.eval(v));
            }
            return a;
        }

        Node unary() throws SyntaxException {
            if (eat('-')) {
                Node a = unary();
                return v -> -a.eval(v);
            }
            return atom();
        }

        Node atom() throws SyntaxException {
            skip();
            if (pos >= s.length()) {
                throw new SyntaxException("ends early: a number, name or '(' expected");
            }
            char c = s.charAt(pos);
            if (eat('(')) {
                Node a = sum();
                if (!eat(')')) {
                    throw new SyntaxException("')' expected at character " + (pos + 1));
                }
                return a;
            }
            if (Character.isDigit(c) || c == '.') {
                int start = pos;
                while (pos < s.length() && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '.' || s.charAt(pos) == '_')) {
                    pos++;
                }
                String num = s.substring(start, pos).replace("_", "");
                double d;
                try {
                    d = Double.parseDouble(num);
                } catch (NumberFormatException e) {
                    throw new SyntaxException("bad number '" + num + "'");
                }
                return v -> d;
            }
            if (Character.isLetter(c)) {
                int start = pos;
                while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_' || s.charAt(pos) == '.')) {
                    pos++;
                }
                String name = s.substring(start, pos);
                if (eat('(')) {
                    String f = name.toLowerCase(Locale.ROOT);
                    if (!FUNCTIONS.contains(f)) {
                        throw new SyntaxException("unknown function '" + name + "'; known: " + String.join(", ", FUNCTIONS));
                    }
                    List<Node> args = new ArrayList<>();
                    if (!eat(')')) {
                        do {
                            args.add(sum());
                        } while (eat(','));
                        if (!eat(')')) {
                            throw new SyntaxException("')' expected after the arguments of " + name);
                        }
                    }
                    return function(f, args);
                }
                names.add(name);
                return v -> v.applyAsDouble(name);
            }
            throw new SyntaxException("unexpected '" + c + "' at character " + (pos + 1));
        }

        Node function(String f, List<Node> a) throws SyntaxException {
            int n = a.size();
            boolean two = f.equals("min") || f.equals("max");
            if (two ? n != 2 : n != 1) {
                throw new SyntaxException(f + " takes " + (two ? "2 arguments" : "1 argument") + ", got " + n);
            }
            Node x = a.get(0);
            switch (f) {
                case "min":
                    return v -> Math.min(x.eval(v), a.get(1).eval(v));
                case "max":
                    return v -> Math.max(x.eval(v), a.get(1).eval(v));
                case "round":
                    return v -> Math.round(x.eval(v));
                case "floor":
                    return v -> Math.floor(x.eval(v));
                case "ceil":
                    return v -> Math.ceil(x.eval(v));
                case "abs":
                    return v -> Math.abs(x.eval(v));
                default:
                    return v -> x.eval(v) > 0 ? 1 : 0;
            }
        }
    }
}
