package org.commsafe.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Graphics;
import java.io.IOException;
import java.nio.file.Path;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.Icon;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import org.commsafe.charts.Labels;
import org.commsafe.model.CommSafeModel;
import org.commsafe.model.Parameters;
import org.commsafe.scenario.Scenario;
import org.commsafe.scenario.ScenarioException;
import org.commsafe.scenario.ScenarioLoader;
import sim.display.Console;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.portrayal.Inspector;
import sim.portrayal.SimpleInspector;

/**
 * The planners' GUI (MASON's HeatBugsWithUI pattern): the model knows nothing of this class.
 * A city display with a legend, a window of live charts, and the Console's Model tab listing
 * every lever (see {@link LeverProperties}).
 */
public class CommSafeWithUI extends GUIState {
    /** The GUI observes from day 1 and runs for up to ten years. */
    static final int GUI_DAYS = 3650;
    static final int CELL_PIXELS = 15;

    private Scenario scenario;
    private Parameters current;
    final Labels labels;

    public Labels labels() {
        return labels;
    }
    public final DayStats stats;
    final CityView view = new CityView();
    public Display2D display;
    public JFrame displayFrame;
    public OutcomeCharts charts;

    /** Days observed after the burn-in before the run stops. */
    final int guiDays;

    public CommSafeWithUI(Scenario s, Labels labels) {
        this(s, labels, GUI_DAYS);
    }

    /** A GUI whose runs observe {@code days} days after the burn-in, then stop. */
    public CommSafeWithUI(Scenario s, Labels labels, int days) {
        super(newModel(s, s.parameters(), days));
        this.scenario = s;
        this.current = s.parameters();
        this.labels = labels;
        this.guiDays = days;
        // sized at start() for the city then built (the grid may change between runs)
        this.stats = new DayStats(1);
    }

    private static CommSafeModel newModel(Scenario s, Parameters p, int days) {
        return new CommSafeModel(s.seed(), p, s.burnInDays(), days);
    }

    /** The last day of the run (observed days after the burn-in). */
    public int lastDay() {
        return model().days;
    }

    public static String getName() {
        return "commsafe";
    }

    public CommSafeModel model() {
        return (CommSafeModel) state;
    }

    public Parameters parameters() {
        return current;
    }

    /** A lever changed: live levers reach the running model at once, the rest wait for a restart. */
    public void setParameters(Parameters p, boolean live) {
        current = p;
        if (live) {
            model().setParameters(p);
        }
    }

    @Override
    public void start() {
        model().params = current;
        model().observeDuringBurnIn = true;
        super.start();
        stats.reset(model().city.communities);
        view.setup(model(), stats);
        model().observer = (day, rows) -> {
            stats.record(day, rows);
            if (charts != null) {
                charts.day(day, stats);
            }
        };
        if (charts != null) {
            charts.clear();
        }
        scheduleRepeatingImmediatelyAfter(s -> {
            CommSafeModel m = (CommSafeModel) s;
            view.hourly(m);
            if (m.hour() == 23) {
                view.daily(m);
            }
        });
        if (display != null) {
            display.reset();
            display.repaint();
        }
    }

    @Override
    public void load(SimState state) {
        super.load(state);
        view.setup(model(), stats);
    }

    @Override
    public Inspector getInspector() {
        // our own properties: levers with units, sliders and tooltips; outcomes refresh while running
        SimpleInspector i = new SimpleInspector(new LeverProperties(this, labels), this, "commsafe", 1000);
        i.setVolatile(true);
        return i;
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        int w = model().params.gridWidth();
        int cells = (int) Math.ceil(Math.sqrt((double) model().params.householdsPerCommunity() / model().params.householdsPerBuilding()));
        double side = Math.min(900, Math.max(400, w * cells * CELL_PIXELS));
        display = new Display2D(side, side * model().params.gridHeight() / w, this);
        display.setBackdrop(Color.WHITE);
        view.attach(display, labels);
        displayFrame = display.createFrame();
        displayFrame.setTitle(labels.get("gui.title"));
        displayFrame.getContentPane().add(legend(), BorderLayout.EAST);
        displayFrame.pack();
        c.registerFrame(displayFrame);
        displayFrame.setVisible(true);
        charts = new OutcomeCharts(labels);
        c.registerFrame(charts.frame);
        charts.frame.setLocation(displayFrame.getX() + displayFrame.getWidth(), displayFrame.getY());
        charts.frame.setVisible(true);
        if (c instanceof Console console) {
            addLoadMenu(console);
        }
    }

    private void addLoadMenu(Console console) {
        if (console.getJMenuBar() == null || console.getJMenuBar().getMenuCount() == 0) {
            return;
        }
        JMenu file = console.getJMenuBar().getMenu(0);
        JMenuItem load = new JMenuItem(labels.get("gui.menu.load"));
        load.addActionListener(e -> {
            JFileChooser ch = new JFileChooser(Path.of("scenarios").toFile());
            if (ch.showOpenDialog(console) != JFileChooser.APPROVE_OPTION) {
                return;
            }
            try {
                Scenario next = ScenarioLoader.load(ch.getSelectedFile().toPath());
                console.pressStop(); // the running model finishes before a new one (new burn-in) replaces it
                loadScenario(next);
                JOptionPane.showMessageDialog(console, scenario.name() + ": " + scenario.description(),
                    "commsafe", JOptionPane.INFORMATION_MESSAGE);
            } catch (ScenarioException ex) {
                JOptionPane.showMessageDialog(console, ex.describe(), "commsafe", JOptionPane.ERROR_MESSAGE);
            }
        });
        file.add(load);
    }

    /**
     * Another scenario: its levers, seed and burn-in take effect when the simulation (re)starts
     * (a new model replaces the stopped one, so the burn-in, fixed in a model, is the new one).
     */
    public void loadScenario(Scenario s) {
        scenario = s;
        current = s.parameters();
        state = newModel(s, current, guiDays);
    }

    public Scenario scenario() {
        return scenario;
    }

    @Override
    public void quit() {
        super.quit();
        if (displayFrame != null) {
            displayFrame.dispose();
        }
        if (charts != null) {
            charts.frame.dispose();
        }
    }

    /** Writes PNGs of the display and of every chart (and the charts' SVGs) into dir. */
    public void snapshot(Path dir) throws IOException {
        display.takeSnapshot(dir.resolve("display.png").toFile(), Display2D.TYPE_PNG);
        charts.snapshot(dir);
    }

    private JPanel legend() {
        JPanel p = new JPanel();
        p.setLayout(new BoxLayout(p, BoxLayout.Y_AXIS));
        p.setBackground(Color.WHITE);
        p.setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
        JLabel t = new JLabel(labels.get("gui.legend.title"));
        t.setFont(labels.font(java.awt.Font.BOLD, 13));
        p.add(t);
        p.add(Box.createVerticalStrut(6));
        p.add(item(new Swatch(CityView.OFFICER, true, true), labels.get("gui.legend.officer")));
        p.add(item(new Swatch(CityView.PATROL, false, true), labels.get("gui.legend.patrol")));
        p.add(item(new Swatch(CityView.OFFENDER, true, true), labels.get("gui.legend.offender")));
        p.add(item(new Swatch(new Color(255, 170, 0, 120), false, true), labels.get("gui.legend.camera")));
        p.add(item(new Swatch(CityView.REPORTED, false, true), labels.get("gui.legend.reported")));
        p.add(item(new Swatch(CityView.UNREPORTED, false, false), labels.get("gui.legend.unreported")));
        p.add(Box.createVerticalStrut(8));
        p.add(new JLabel(labels.get("gui.legend.shading")));
        for (int k = 0; k < view.layerKeys.length; k++) {
            Color high = k == 0 || k == 3 ? new Color(180, 30, 30) : new Color(20, 110, 60);
            p.add(item(new Swatch(high, false, true), labels.get(view.layerKeys[k]) + " (" + labels.get("gui.legend.low") + " "
                + fmt(view.layerRanges[k][0]) + " .. " + labels.get("gui.legend.high") + " " + fmt(view.layerRanges[k][1]) + ")"));
        }
        p.setPreferredSize(new Dimension(330, 420));
        return p;
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    private JLabel item(Icon icon, String text) {
        JLabel l = new JLabel("<html>" + text + "</html>", icon, JLabel.LEFT);
        l.setFont(labels.font(java.awt.Font.PLAIN, 11));
        l.setAlignmentX(Component.LEFT_ALIGNMENT);
        return l;
    }

    /** A legend swatch: disc or square, filled or hollow. */
    private record Swatch(Color color, boolean disc, boolean filled) implements Icon {
        @Override
        public void paintIcon(Component c, Graphics g, int x, int y) {
            g.setColor(color);
            if (disc) {
                g.fillOval(x + 2, y + 2, 12, 12);
            } else if (filled) {
                g.fillRect(x + 2, y + 2, 12, 12);
            } else {
                g.drawRect(x + 2, y + 2, 11, 11);
            }
        }

        @Override
        public int getIconWidth() {
            return 16;
        }

        @Override
        public int getIconHeight() {
            return 16;
        }
    }
}
