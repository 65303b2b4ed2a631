package org.commsafe.agents;

import java.util.Arrays;

/**
 * An officer's first-in-first-out queue of cases, as parallel growable ring arrays (no object
 * per case). A case is either a reported crime (statements, investigation, registers) or a
 * public-order incident (handling, registers). Work on the head case goes in that order.
 */
public final class CaseQueue {
    /** Evidence bit: a public camera covers the crime scene. */
    public static final byte PUBLIC_CAMERA = 1;
    /** Evidence bit: the victim's own door camera (technical defence) recorded the burglar. */
    public static final byte HOME_CAMERA = 2;
    private int head;
    private int size;
    private double[] statement = new double[16];
    private double[] investigation = new double[16];
    private double[] paperwork = new double[16];
    private int[] reportDay = new int[16];
    private int[] household = new int[16];     // -1 for incidents
    private int[] offender = new int[16];       // -1 for incidents and for crimes with no local offender (remote fraud)
    private int[] community = new int[16];
    /** Evidence bits of each case: {@link #PUBLIC_CAMERA}, {@link #HOME_CAMERA}. */
    private byte[] evidence = new byte[16];
    /** The uniform that decides the case's clearance, drawn with the crime (common random numbers). */
    private double[] clearanceDraw = new double[16];
    /** The uniform that decides, if the case leads to a sentence, whether the offender accepts rehabilitation. */
    private double[] rehabilitationDraw = new double[16];
    private double totalHours;

    public int size() {
        return size;
    }

    /** Officer hours still needed to finish every queued case. */
    public double totalHours() {
        return totalHours;
    }

    public void add(double statementH, double investigationH, double paperworkH, int day,
                    int hh, int offenderId, int comm, byte evidenceBits, double clearanceU, double rehabilitationU) {
        if (size == statement.length) {
            grow();
        }
        int i = (head + size) % statement.length;
        statement[i] = statementH;
        investigation[i] = investigationH;
        paperwork[i] = paperworkH;
        reportDay[i] = day;
        household[i] = hh;
        offender[i] = offenderId;
        community[i] = comm;
        evidence[i] = evidenceBits;
        clearanceDraw[i] = clearanceU;
        rehabilitationDraw[i] = rehabilitationU;
        totalHours += statementH + investigationH + paperworkH;
        size++;
    }

    /** Receives each case completed by {@link #work}. */
    public interface Completion {
        void completed(int reportDay, int household, int offender, int community, byte evidence, double clearanceU,
                       double rehabilitationU);
    }

    /**
     * Spends up to {@code hours} on the queue head-first. Returns hours spent on case work
     * in {@code spent[0]} and on paperwork in {@code spent[1]}. A case needing no work at all
     * closes as soon as it reaches the head, even on a day with no case hours.
     */
    public void work(double hours, double[] spent, Completion done) {
        spent[0] = 0;
        spent[1] = 0;
        while (size > 0 && (hours > 1e-12 || headNeedsNoWork())) {
            int i = head;
            double t = Math.min(hours, statement[i]);
            statement[i] -= t;
            hours -= t;
            spent[0] += t;
            double u = Math.min(hours, investigation[i]);
            investigation[i] -= u;
            hours -= u;
            spent[0] += u;
            double w = Math.min(hours, paperwork[i]);
            paperwork[i] -= w;
            hours -= w;
            spent[1] += w;
            totalHours -= t + u + w;
            if (statement[i] <= 1e-12 && investigation[i] <= 1e-12 && paperwork[i] <= 1e-12) {
                head = (head + 1) % statement.length;
                size--;
                done.completed(reportDay[i], household[i], offender[i], community[i], evidence[i], clearanceDraw[i],
                    rehabilitationDraw[i]);
            }
        }
        if (size == 0) {
            totalHours = 0; // drop accumulated rounding
        }
    }

    private boolean headNeedsNoWork() {
        return statement[head] <= 1e-12 && investigation[head] <= 1e-12 && paperwork[head] <= 1e-12;
    }

    private void grow() {
        int n = statement.length * 2;
        statement = unroll(statement, n);
        investigation = unroll(investigation, n);
        paperwork = unroll(paperwork, n);
        reportDay = unroll(reportDay, n);
        household = unroll(household, n);
        offender = unroll(offender, n);
        community = unroll(community, n);
        clearanceDraw = unroll(clearanceDraw, n);
        rehabilitationDraw = unroll(rehabilitationDraw, n);
        byte[] c = new byte[n];
        for (int k = 0; k < size; k++) {
            c[k] = evidence[(head + k) % evidence.length];
        }
        evidence = c;
        head = 0;
    }

    private double[] unroll(double[] a, int n) {
        double[] r = new double[n];
        for (int k = 0; k < size; k++) {
            r[k] = a[(head + k) % a.length];
        }
        return r;
    }

    private int[] unroll(int[] a, int n) {
        int[] r = new int[n];
        for (int k = 0; k < size; k++) {
            r[k] = a[(head + k) % a.length];
        }
        return r;
    }

    /** Test helper: the queue as a string of remaining hours. */
    @Override
    public String toString() {
        return "CaseQueue[size=" + size + ", hours=" + totalHours + ", statement=" + Arrays.toString(statement) + "]";
    }
}
