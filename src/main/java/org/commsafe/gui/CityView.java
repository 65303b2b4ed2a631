package org.commsafe.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayDeque;
import java.util.Deque;
import org.commsafe.agents.CrimeType;
import org.commsafe.agents.Offender;
import org.commsafe.agents.Officer;
import org.commsafe.charts.Labels;
import org.commsafe.model.City;
import org.commsafe.model.CommSafeModel;
import org.commsafe.model.Households;
import sim.display.Display2D;
import sim.field.grid.DoubleGrid2D;
import sim.field.grid.ObjectGrid2D;
import sim.field.grid.SparseGrid2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;
import sim.portrayal.grid.FastValueGridPortrayal2D;
import sim.portrayal.grid.ObjectGridPortrayal2D;
import sim.portrayal.grid.SparseGridPortrayal2D;
import sim.util.gui.SimpleColorMap;

/**
 * The city as MASON fields and portrayals: building layers (shaded by a chosen household
 * state), camera coverage, community boundaries, crimes that fade over 30 days (reported ones
 * filled, unreported ones hollow), watch patrols, offenders and officers. Fields are updated by
 * the GUI's steppable in the model thread, as MASON's demos do.
 */
public final class CityView {
    // Okabe-Ito colours (distinct for colour-blind readers); the building shading is grey, so no
    // marker colour is also a shading colour
    public static final Color OFFICER = new Color(0, 90, 200);
    public static final Color PATROL = new Color(0, 158, 115);
    public static final Color OFFENDER = new Color(204, 121, 167);
    public static final Color REPORTED = new Color(213, 94, 0);
    public static final Color UNREPORTED = new Color(0, 0, 0);
    public static final Color CAMERA = new Color(86, 180, 233);
    /** Camera coverage: a translucent sky-blue wash over the shading. */
    public static final Color CAMERA_WASH = new Color(86, 180, 233, 110);
    /** The building shading's ramp, from a layer's low to its high value. */
    public static final Color RAMP_LOW = new Color(250, 250, 246);
    public static final Color RAMP_HIGH = new Color(70, 70, 70);

    /** A crime on the map: where, when, reported or not. */
    public record CrimeMark(int building, int day, boolean reported, CrimeType type) {
    }

    final String[] layerKeys = {"gui.layer.days_since_sighting", "gui.layer.awareness", "gui.layer.tech",
        "gui.layer.victimisation", "gui.layer.trust"};
    final DoubleGrid2D[] layers = new DoubleGrid2D[layerKeys.length];
    final double[][] layerRanges = {{0, 30}, {0, 1}, {0, 0.3}, {0, 3}, {0, 1}};
    /** The one shading portrayal: it shows the selected layer's grid with that layer's ramp. */
    final FastValueGridPortrayal2D shadingPortrayal = new FastValueGridPortrayal2D("shading", false);
    private volatile int selected;
    DoubleGrid2D coverage;
    ObjectGrid2D communities;
    SparseGrid2D officers;
    SparseGrid2D patrols;
    SparseGrid2D offenders;
    SparseGrid2D crimes;
    final FastValueGridPortrayal2D coveragePortrayal = new FastValueGridPortrayal2D("coverage", false);
    final ObjectGridPortrayal2D communityPortrayal = new ObjectGridPortrayal2D();
    final SparseGridPortrayal2D officerPortrayal = new SparseGridPortrayal2D();
    final SparseGridPortrayal2D patrolPortrayal = new SparseGridPortrayal2D();
    final SparseGridPortrayal2D offenderPortrayal = new SparseGridPortrayal2D();
    final SparseGridPortrayal2D crimePortrayal = new SparseGridPortrayal2D();
    private final Deque<CrimeMark> recent = new ArrayDeque<>();
    private int[][] crimeHistory;
    private int[] lastCameras;
    private final Object patrolMarker = "watch patrol";
    private City city;
    private int today;

    /** The building layer the shading shows (an index into {@link #layerKeys}). */
    public int selectedLayer() {
        return selected;
    }

    /** Shows another building layer (the legend's choice): its grid and its ramp. */
    public void selectLayer(int k) {
        selected = k;
        if (layers[k] != null) {
            shadingPortrayal.setField(layers[k]);
            shadingPortrayal.setMap(new SimpleColorMap(layerRanges[k][0], layerRanges[k][1], RAMP_LOW, RAMP_HIGH));
        }
    }

    /** Attaches the shading and the markers to the display. */
    public void attach(Display2D display, Labels l) {
        display.attach(shadingPortrayal, l.get("gui.layer.shading"), true);
        display.attach(coveragePortrayal, l.get("gui.layer.cameras"), true);
        display.attach(communityPortrayal, l.get("gui.layer.communities"), true);
        display.attach(crimePortrayal, l.get("gui.layer.crimes"), true);
        display.attach(patrolPortrayal, l.get("gui.layer.patrols"), true);
        display.attach(offenderPortrayal, l.get("gui.layer.offenders"), false);
        display.attach(officerPortrayal, l.get("gui.layer.officers"), true);
    }

    /** Builds the fields for a freshly started model. */
    public void setup(CommSafeModel m, DayStats stats) {
        city = m.city;
        int w = city.cellsWide;
        int h = city.cellsHigh;
        for (int k = 0; k < layers.length; k++) {
            layers[k] = new DoubleGrid2D(w, h);
        }
        selectLayer(selected);
        coverage = new DoubleGrid2D(w, h);
        coveragePortrayal.setField(coverage);
        coveragePortrayal.setMap(new SimpleColorMap(0, 1, new Color(0, 0, 0, 0), CAMERA_WASH));
        infos.clear();
        communities = new ObjectGrid2D(w, h);
        // every cell of a community's block, empty ones too (a smaller community of a district leaves some empty)
        for (int x = 0; x < w; x++) {
            for (int y = 0; y < h; y++) {
                communities.set(x, y, infoOf(x / city.blockSide + y / city.blockSide * city.gridWidth, stats));
            }
        }
        boxes = new int[city.communities][];
        for (int b = 0; b < city.buildings; b++) {
            int c = city.buildingCommunity[b];
            int bx = city.buildingX[b];
            int by = city.buildingY[b];
            int[] box = boxes[c];
            if (box == null) {
                boxes[c] = new int[] {bx, by, bx, by};
            } else {
                box[0] = Math.min(box[0], bx);
                box[1] = Math.min(box[1], by);
                box[2] = Math.max(box[2], bx);
                box[3] = Math.max(box[3], by);
            }
        }
        communityPortrayal.setField(communities);
        communityPortrayal.setPortrayalForAll(new CommunityPortrayal());
        restBuilding = new int[m.officers.length];
        for (int k = 0; k < m.officers.length; k++) {
            restBuilding[k] = centre(m.officers[k].beat);
        }
        officers = new SparseGrid2D(w, h);
        patrols = new SparseGrid2D(w, h);
        offenders = new SparseGrid2D(w, h);
        crimes = new SparseGrid2D(w, h);
        officerPortrayal.setField(officers);
        officerPortrayal.setPortrayalForAll(new Marker(OFFICER, 0.7, true, false));
        patrolPortrayal.setField(patrols);
        patrolPortrayal.setPortrayalForAll(new Marker(PATROL, 0.45, false, true));
        offenderPortrayal.setField(offenders);
        offenderPortrayal.setPortrayalForAll(new Marker(OFFENDER, 0.5, false, false));
        crimePortrayal.setField(crimes);
        crimePortrayal.setPortrayalForAll(new CrimePortrayal());
        recent.clear();
        crimeHistory = new int[DayStats.WINDOW][];
        lastCameras = null;
        m.setCrimeListener((b, type, reported, aw) -> {
            CrimeMark mark = new CrimeMark(b, m.day(), reported, type);
            recent.add(mark);
            crimes.setObjectLocation(mark, city.buildingX[b], city.buildingY[b]);
        });
        hourly(m);
        daily(m);
    }

    private final java.util.Map<Integer, CommunityInfo> infos = new java.util.HashMap<>();
    /** Where an officer off patrol is drawn: the building of its beat nearest the beat's centre. */
    private int[] restBuilding = new int[0];
    /** Each community's cells: min x, min y, max x, max y (communities are blocks of the grid). */
    private int[][] boxes = new int[0][];

    private int centre(int[] beat) {
        double cx = 0;
        double cy = 0;
        for (int b : beat) {
            cx += city.buildingX[b];
            cy += city.buildingY[b];
        }
        cx /= beat.length;
        cy /= beat.length;
        int best = beat[0];
        double bestD = Double.MAX_VALUE;
        for (int b : beat) {
            double d = (city.buildingX[b] - cx) * (city.buildingX[b] - cx) + (city.buildingY[b] - cy) * (city.buildingY[b] - cy);
            if (d < bestD) {
                bestD = d;
                best = b;
            }
        }
        return best;
    }

    private CommunityInfo infoOf(int c, DayStats stats) {
        return infos.computeIfAbsent(c, k -> new CommunityInfo(k, city.communityName(k), city.households(k), stats));
    }

    /** Every step: officers, patrols, offenders move. */
    public void hourly(CommSafeModel m) {
        Officer[] os = m.officers;
        for (int k = 0; k < os.length; k++) {
            Officer o = os[k];
            int b = o.position >= 0 ? o.position : restBuilding[k]; // off patrol: the centre of the beat
            officers.setObjectLocation(o, city.buildingX[b], city.buildingY[b]);
        }
        patrols.clear();
        for (int k = 0; k < m.watchStopCount(); k++) {
            int b = m.watchStops()[k];
            patrols.setObjectLocation(new Object[] {patrolMarker, k}, city.buildingX[b], city.buildingY[b]);
        }
        for (Offender o : m.offenders) {
            if (o.lastBuilding >= 0 && o.activeOn(m.day())) {
                offenders.setObjectLocation(o, city.buildingX[o.lastBuilding], city.buildingY[o.lastBuilding]);
            } else {
                offenders.remove(o);
            }
        }
        if (m.cameraBuildings() != lastCameras) {
            lastCameras = m.cameraBuildings();
            coverage.setTo(0);
            for (int b = 0; b < city.buildings; b++) {
                coverage.field[city.buildingX[b]][city.buildingY[b]] = m.cameraCovers()[b] ? 1 : 0;
            }
        }
    }

    /** Once a day: building layers and the fading of crimes. */
    public void daily(CommSafeModel m) {
        today = m.day();
        Households h = m.households;
        int slot = Math.floorMod(today, DayStats.WINDOW);
        int[] old = crimeHistory[slot];
        crimeHistory[slot] = m.crimesInBuilding().clone();
        for (int b = 0; b < city.buildings; b++) {
            double seen = 0;
            double aw = 0;
            double tech = 0;
            double trust = 0;
            int from = city.hhStart[b];
            int to = city.hhStart[b + 1];
            for (int i = from; i < to; i++) {
                seen += today - h.lastSeenDay[i];
                aw += h.awareness(i, today);
                trust += h.trust(i, today);
                tech += h.has(i, Households.TECH) ? 1 : 0;
            }
            int n = to - from;
            int x = city.buildingX[b];
            int y = city.buildingY[b];
            layers[0].field[x][y] = seen / n;
            layers[1].field[x][y] = aw / n;
            layers[2].field[x][y] = tech / n;
            layers[3].field[x][y] = m.crimesInBuilding()[b] - (old == null ? 0 : old[b]);
            layers[4].field[x][y] = trust / n;
        }
        while (!recent.isEmpty() && recent.peekFirst().day() <= today - DayStats.WINDOW) {
            crimes.remove(recent.pollFirst());
        }
    }

    /** Officers, patrols and offenders: filled or hollow discs, a fraction of a cell wide. */
    static final class Marker extends SimplePortrayal2D {
        private static final long serialVersionUID = 1L;
        private final Color color;
        private final double scale;
        private final boolean outline;
        private final boolean square;

        Marker(Color color, double scale, boolean outline, boolean square) {
            this.color = color;
            this.scale = scale;
            this.outline = outline;
            this.square = square;
        }

        @Override
        public void draw(Object object, Graphics2D g, DrawInfo2D info) {
            double w = info.draw.width * scale;
            double hgt = info.draw.height * scale;
            double x = info.draw.x - w / 2;
            double y = info.draw.y - hgt / 2;
            g.setColor(color);
            if (square) {
                g.fill(new Rectangle2D.Double(x, y, w, hgt));
            } else {
                g.fill(new Ellipse2D.Double(x, y, w, hgt));
            }
            if (outline) {
                g.setColor(Color.WHITE);
                g.setStroke(new BasicStroke(1f));
                g.draw(new Ellipse2D.Double(x, y, w, hgt));
            }
        }

        @Override
        public boolean hitObject(Object object, DrawInfo2D range) {
            return range.clip.intersects(range.draw.x - range.draw.width * scale / 2, range.draw.y - range.draw.height * scale / 2,
                range.draw.width * scale, range.draw.height * scale);
        }
    }

    /** A crime: filled red when reported, hollow grey when not; fades over 30 days. */
    final class CrimePortrayal extends SimplePortrayal2D {
        private static final long serialVersionUID = 1L;

        @Override
        public void draw(Object object, Graphics2D g, DrawInfo2D info) {
            CrimeMark c = (CrimeMark) object;
            double age = Math.max(0, today - c.day());
            int alpha = (int) Math.max(40, 255 * (1 - age / DayStats.WINDOW));
            double w = info.draw.width * 0.35;
            double x = info.draw.x - w / 2 + info.draw.width * 0.2;
            double y = info.draw.y - w / 2 - info.draw.height * 0.2;
            Color base = c.reported() ? REPORTED : UNREPORTED;
            Rectangle2D.Double r = new Rectangle2D.Double(x, y, w, w);
            if (c.reported()) {
                g.setColor(new Color(base.getRed(), base.getGreen(), base.getBlue(), alpha));
                g.fill(r);
            } else {
                // a black hollow square with a white halo: visible on light and dark shading alike
                g.setColor(new Color(255, 255, 255, alpha));
                g.setStroke(new BasicStroke(3.2f));
                g.draw(r);
                g.setColor(new Color(base.getRed(), base.getGreen(), base.getBlue(), alpha));
                g.setStroke(new BasicStroke(1.6f));
                g.draw(r);
            }
        }
    }

    /** Community outlines (one rectangle per community, drawn from its first cell) and names. */
    final class CommunityPortrayal extends SimplePortrayal2D {
        private static final long serialVersionUID = 1L;

        @Override
        public void draw(Object object, Graphics2D g, DrawInfo2D info) {
            CommunityInfo ci = (CommunityInfo) object;
            int x;
            int y;
            if (info.location instanceof sim.util.MutableInt2D p) {
                x = p.x;
                y = p.y;
            } else if (info.location instanceof sim.util.Int2D p) {
                x = p.x;
                y = p.y;
            } else {
                return;
            }
            int first = city.firstBuilding(ci.index());
            if (city.buildingX[first] != x || city.buildingY[first] != y) {
                return; // a community is drawn once, from its first cell: one outline, not a line per cell edge
            }
            double left = info.draw.x - info.draw.width / 2;
            double top = info.draw.y - info.draw.height / 2;
            int[] box = boxes[ci.index()];
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(2f));
            g.draw(new Rectangle2D.Double(left + (box[0] - x) * info.draw.width, top + (box[1] - y) * info.draw.height,
                (box[2] - box[0] + 1) * info.draw.width, (box[3] - box[1] + 1) * info.draw.height));
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.max(9, info.draw.height * 0.8)));
            g.drawString(ci.getName(), (float) (left + 2), (float) (top + info.draw.height * 0.9));
        }

        @Override
        public boolean hitObject(Object object, DrawInfo2D range) {
            return range.clip.intersects(range.draw.x - range.draw.width / 2, range.draw.y - range.draw.height / 2,
                range.draw.width, range.draw.height);
        }
    }
}
