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
    public CityDisplay display;
    public JFrame displayFrame;
    public OutcomeCharts charts;
    public Legend legend;
    private final JLabel dayLabel = new JLabel(" ");
    private Console console;

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
        CommSafeModel started = model();
        model().observer = (day, rows) -> {
            stats.record(day, rows);
            if (charts != null) {
                charts.day(day, stats);
            }
            if (displayFrame != null) {
                String text = dayText(started, day);
                javax.swing.SwingUtilities.invokeLater(() -> dayLabel.setText(text));
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

    /** "Day 12 of 3650" (burn-in days: "Burn-in: day 40 of 600"), and a note once the run is over. */
    String dayText(CommSafeModel m, int day) {
        if (day <= 0) {
            return labels.get("gui.control.burnin", m.burnInDays + day, m.burnInDays);
        }
        String t = labels.get("gui.control.day", day, m.days);
        return day >= m.days ? "<html>" + t + "<br>" + labels.get("gui.control.finished", m.days) + "</html>" : t;
    }

    @Override
    public void load(SimState state) {
        super.load(state);
        view.setup(model(), stats);
    }

    @Override
    public Inspector getInspector() {
        // our own properties: levers with units, sliders and tooltips; outcomes refresh while running
        SimpleInspector i = new SimpleInspector(new LeverProperties(this, labels), this, "commsafe", 1000) {
            private static final long serialVersionUID = 1L;
            private long shown = -1;

            /**
             * Outcomes change once a simulated day: refresh the tab when the day changes, not every hour (the
             * Console's play thread waits for it; a lever's own field shows its new value at once).
             */
            @Override
            public void updateInspector() {
                long day = state.schedule.getSteps() / 24;
                if (day != shown) {
                    shown = day;
                    super.updateInspector();
                }
            }
        };
        i.setVolatile(true);
        return i;
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        int w = model().params.gridWidth();
        int cells = new org.commsafe.model.City(model().params).blockSide;
        double side = Math.min(900, Math.max(400, w * cells * CELL_PIXELS));
        display = new CityDisplay(side, side * model().params.gridHeight() / w, this);
        display.setBackdrop(Color.WHITE);
        display.redrawEvery(24); // once a simulated day: the speed a planner needs (docs/performance.md)
        view.attach(display, labels);
        displayFrame = display.createFrame();
        displayFrame.setTitle(labels.get("gui.title"));
        legend = new Legend(view, labels);
        legend.layerBox.addActionListener(e -> display.repaint());
        if (c instanceof Console con) {
            console = con;
            legend.controls.add(runControls());
        }
        javax.swing.JScrollPane scroll = new javax.swing.JScrollPane(legend, javax.swing.ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED,
            javax.swing.ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        scroll.setPreferredSize(new Dimension(Legend.PANEL_WIDTH + 16, 420));
        displayFrame.getContentPane().add(scroll, BorderLayout.EAST);
        displayFrame.pack();
        c.registerFrame(displayFrame);
        displayFrame.setVisible(true);
        charts = new OutcomeCharts(labels);
        c.registerFrame(charts.frame);
        charts.frame.setLocation(displayFrame.getX(), displayFrame.getY() + displayFrame.getHeight());
        charts.frame.setVisible(true);
        if (c instanceof Console con) {
            addLoadMenu(con);
        }
    }

    /** Redraw interval, "run to day N" and the day reached. */
    private JPanel runControls() {
        JPanel p = new JPanel();
        p.setLayout(new BoxLayout(p, BoxLayout.Y_AXIS));
        p.setOpaque(false);
        p.setAlignmentX(Component.LEFT_ALIGNMENT);
        JLabel title = new JLabel(labels.get("gui.control.title"));
        title.setFont(labels.font(java.awt.Font.BOLD, 12));
        p.add(title);
        JPanel redraw = Legend.row();
        redraw.add(small(new JLabel(labels.get("gui.control.redraw"))));
        long[] hours = {1, 24, 24 * 7};
        javax.swing.JComboBox<String> every = new javax.swing.JComboBox<>(new String[] {labels.get("gui.control.redraw.hour"),
            labels.get("gui.control.redraw.day"), labels.get("gui.control.redraw.week")});
        every.setSelectedIndex(1);
        every.addActionListener(e -> display.redrawEvery(hours[every.getSelectedIndex()]));
        redraw.add(small(every));
        p.add(redraw);
        JPanel runTo = Legend.row();
        runTo.add(small(new JLabel(labels.get("gui.control.runto"))));
        javax.swing.JSpinner target = new javax.swing.JSpinner(new javax.swing.SpinnerNumberModel(365, 1, guiDays, 1));
        runTo.add(small(target));
        javax.swing.JButton go = new javax.swing.JButton(labels.get("gui.control.go"));
        go.addActionListener(e -> runToDay(((Number) target.getValue()).intValue()));
        runTo.add(small(go));
        p.add(runTo);
        dayLabel.setFont(labels.font(java.awt.Font.BOLD, 12));
        dayLabel.setAlignmentX(Component.LEFT_ALIGNMENT);
        p.add(dayLabel);
        return p;
    }

    private <T extends javax.swing.JComponent> T small(T c) {
        c.setFont(labels.font(java.awt.Font.PLAIN, 11));
        return c;
    }

    /** The MASON step at the end of observed day {@code day} (day 1 is the first after the burn-in). */
    public long stepAtEndOfDay(int day) {
        return (long) (model().burnInDays + Math.min(day, model().days)) * 24;
    }

    /** Plays until the end of day {@code day}, then pauses (the Console's automatic pause). */
    public void runToDay(int day) {
        if (console == null) {
            return;
        }
        console.setWhenShouldPause(stepAtEndOfDay(day));
        play(console);
    }

    /** Starts or resumes the run (MASON's Play steps once when paused; Pause resumes). */
    public void play(Console c) {
        if (c.getPlayState() == Console.PS_PAUSED) {
            c.pressPause();
        } else if (c.getPlayState() == Console.PS_STOPPED) {
            c.pressPlay();
        }
    }

    /**
     * Lays the windows out without overlap on a screen of this size: the Console (levers) on the
     * left, the city and its legend top right, the charts below the city. The city is scaled so
     * that all of it shows.
     */
    public void arrange(java.awt.Rectangle screen, Console c) {
        int dh = screen.height * 60 / 100;
        // the city is about as wide as it is high: the Console takes what the city and legend leave, within limits
        int cw = Math.max(380, Math.min(620, screen.width - (dh + Legend.PANEL_WIDTH + 60)));
        c.setBounds(screen.x, screen.y, cw, screen.height);
        c.validate();
        int rw = screen.width - cw;
        displayFrame.setBounds(screen.x + cw, screen.y, rw, dh);
        displayFrame.validate();
        java.awt.Dimension inner = display.display.getViewport().getExtentSize();
        double scale = Math.min(inner.getWidth() / display.insideDisplay.width, inner.getHeight() / display.insideDisplay.height);
        display.setScale(Math.max(0.1, scale * 0.98));
        displayFrame.validate();
        charts.frame.setBounds(screen.x + cw, screen.y + dh, rw, screen.height - dh);
        charts.frame.validate();
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

    /** Writes PNGs of the display (with its legend) and of every chart (and the charts' SVGs) into dir. */
    public void snapshot(Path dir) throws IOException {
        java.io.File city = java.io.File.createTempFile("commsafe-display", ".png");
        try {
            display.takeSnapshot(city, Display2D.TYPE_PNG);
            java.awt.image.BufferedImage map = javax.imageio.ImageIO.read(city);
            java.awt.image.BufferedImage key = legend.image(map.getHeight());
            java.awt.image.BufferedImage both = new java.awt.image.BufferedImage(map.getWidth() + key.getWidth(),
                Math.max(map.getHeight(), key.getHeight()), java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = both.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, both.getWidth(), both.getHeight());
            g.drawImage(map, 0, 0, null);
            g.drawImage(key, map.getWidth(), 0, null);
            g.dispose();
            javax.imageio.ImageIO.write(both, "png", dir.resolve("display.png").toFile());
        } finally {
            java.nio.file.Files.deleteIfExists(city.toPath());
        }
        charts.snapshot(dir);
    }

}
