package org.commsafe.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.Icon;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import org.commsafe.charts.Labels;

/**
 * The legend beside the city: what each marker means, the building layer the shading shows
 * (chosen here) with its colour ramp and value range, and the run controls (redraw interval,
 * run to day N, the day reached). Painted into the exported display.png as well.
 */
public final class Legend extends JPanel {
    private static final long serialVersionUID = 1L;
    static final int PANEL_WIDTH = 300;

    private final transient Labels labels;
    private final transient CityView view;
    final JComboBox<String> layerBox;
    private final JPanel choose;
    private final Ramp ramp;
    private final JLabel rampTitle;
    /** The run controls; not painted into display.png. */
    final JPanel controls = new JPanel();

    public Legend(CityView view, Labels labels) {
        this.view = view;
        this.labels = labels;
        setLayout(new BoxLayout(this, BoxLayout.Y_AXIS));
        setBackground(Color.WHITE);
        setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
        add(heading(labels.get("gui.legend.title")));
        add(Box.createVerticalStrut(4));
        add(item(new Swatch(CityView.OFFICER, Shape.DISC_OUTLINED), labels.get("gui.legend.officer")));
        add(item(new Swatch(CityView.PATROL, Shape.SQUARE), labels.get("gui.legend.patrol")));
        add(item(new Swatch(CityView.OFFENDER, Shape.DISC), labels.get("gui.legend.offender")));
        add(item(new Swatch(CityView.CAMERA_WASH, Shape.WASH), labels.get("gui.legend.camera")));
        add(item(new Swatch(CityView.REPORTED, Shape.SQUARE), labels.get("gui.legend.reported")));
        add(item(new Swatch(CityView.UNREPORTED, Shape.HOLLOW), labels.get("gui.legend.unreported")));
        add(Box.createVerticalStrut(8));
        String[] names = new String[view.layerKeys.length];
        for (int k = 0; k < names.length; k++) {
            names[k] = layerName(k);
        }
        layerBox = new JComboBox<>(names);
        layerBox.setSelectedIndex(view.selectedLayer());
        layerBox.setFont(labels.font(Font.PLAIN, 11));
        choose = row();
        JLabel cl = new JLabel(labels.get("gui.legend.shading.choose"));
        cl.setFont(labels.font(Font.PLAIN, 11));
        choose.add(cl);
        choose.add(layerBox);
        add(choose);
        rampTitle = heading("");
        add(rampTitle);
        ramp = new Ramp();
        ramp.setAlignmentX(Component.LEFT_ALIGNMENT);
        add(ramp);
        showLayer();
        layerBox.addActionListener(e -> {
            view.selectLayer(layerBox.getSelectedIndex());
            showLayer();
        });
        add(Box.createVerticalStrut(10));
        controls.setLayout(new BoxLayout(controls, BoxLayout.Y_AXIS));
        controls.setOpaque(false);
        controls.setAlignmentX(Component.LEFT_ALIGNMENT);
        add(controls);
        add(Box.createVerticalGlue());
    }

    /** A building layer's name without the "Buildings: " prefix of the display's layer menu. */
    private String layerName(int k) {
        String n = labels.get(view.layerKeys[k]);
        int colon = Math.max(n.indexOf(": "), n.indexOf('：'));
        return colon >= 0 ? n.substring(colon + (n.charAt(colon) == '：' ? 1 : 2)) : n;
    }

    private void showLayer() {
        int k = view.selectedLayer();
        rampTitle.setText("<html><body style='width:" + (PANEL_WIDTH - 75) + "px'>"
            + labels.get("gui.legend.ramp", labels.get(view.layerKeys[k])) + "</body></html>");
        ramp.low = view.layerRanges[k][0];
        ramp.high = view.layerRanges[k][1];
        ramp.repaint();
        revalidate();
    }

    private JLabel heading(String text) {
        JLabel t = new JLabel(text);
        t.setFont(labels.font(Font.BOLD, 12));
        t.setAlignmentX(Component.LEFT_ALIGNMENT);
        return t;
    }

    static JPanel row() {
        JPanel p = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 2)) {
            private static final long serialVersionUID = 1L;

            @Override
            public Dimension getMaximumSize() {
                return new Dimension(Integer.MAX_VALUE, getPreferredSize().height); // no stretching in a column
            }
        };
        p.setOpaque(false);
        p.setAlignmentX(Component.LEFT_ALIGNMENT);
        return p;
    }

    private JLabel item(Icon icon, String text) {
        JLabel l = new JLabel("<html><body style='width:" + (PANEL_WIDTH - 95) + "px'>" + text + "</body></html>", icon, JLabel.LEFT);
        l.setFont(labels.font(Font.PLAIN, 11));
        l.setAlignmentX(Component.LEFT_ALIGNMENT);
        return l;
    }

    /** Paints the legend without its run controls (for display.png), at its current size. */
    public java.awt.image.BufferedImage image(int height) {
        boolean shown = controls.isVisible();
        controls.setVisible(false);
        choose.setVisible(false);
        Dimension d = new Dimension(PANEL_WIDTH, Math.max(height, getPreferredSize().height));
        setSize(d);
        doLayout();
        layoutTree(this);
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(d.width, d.height, java.awt.image.BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, d.width, d.height);
        printAll(g);
        g.dispose();
        controls.setVisible(shown);
        choose.setVisible(true);
        revalidate();
        return img;
    }

    private static void layoutTree(java.awt.Container c) {
        c.doLayout();
        for (Component k : c.getComponents()) {
            if (k instanceof java.awt.Container ct) {
                layoutTree(ct);
            }
        }
    }

    enum Shape { DISC, DISC_OUTLINED, SQUARE, HOLLOW, WASH }

    /** A legend swatch drawn as the display draws the marker. */
    record Swatch(Color color, Shape shape) implements Icon {
        @Override
        public void paintIcon(Component c, Graphics g0, int x, int y) {
            Graphics2D g = (Graphics2D) g0.create();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            switch (shape) {
                case DISC, DISC_OUTLINED -> {
                    g.setColor(color);
                    g.fill(new Ellipse2D.Double(x + 2, y + 2, 12, 12));
                    if (shape == Shape.DISC_OUTLINED) {
                        g.setColor(Color.WHITE);
                        g.draw(new Ellipse2D.Double(x + 2, y + 2, 12, 12));
                    }
                }
                case SQUARE -> {
                    g.setColor(color);
                    g.fill(new Rectangle2D.Double(x + 3, y + 3, 10, 10));
                }
                case HOLLOW -> {
                    g.setColor(Color.WHITE);
                    g.setStroke(new BasicStroke(3.2f));
                    g.draw(new Rectangle2D.Double(x + 3, y + 3, 10, 10));
                    g.setColor(color);
                    g.setStroke(new BasicStroke(1.6f));
                    g.draw(new Rectangle2D.Double(x + 3, y + 3, 10, 10));
                }
                case WASH -> {
                    g.setColor(CityView.RAMP_LOW);
                    g.fillRect(x, y, 16, 16);
                    g.setColor(color);
                    g.fillRect(x, y, 16, 16);
                    g.setColor(Color.GRAY);
                    g.drawRect(x, y, 15, 15);
                }
                default -> { }
            }
            g.dispose();
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

    /** The shading's colour ramp, from the layer's low value to its high value, with the values. */
    final class Ramp extends JComponent {
        private static final long serialVersionUID = 1L;
        double low;
        double high;

        Ramp() {
            Dimension d = new Dimension(PANEL_WIDTH - 20, 44);
            setPreferredSize(d);
            setMaximumSize(d);
            setMinimumSize(d);
        }

        @Override
        protected void paintComponent(Graphics g0) {
            Graphics2D g = (Graphics2D) g0;
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            int w = getWidth() - 16;
            g.setPaint(new GradientPaint(8, 0, CityView.RAMP_LOW, 8 + w, 0, CityView.RAMP_HIGH));
            g.fillRect(8, 4, w, 16);
            g.setColor(Color.DARK_GRAY);
            g.drawRect(8, 4, w, 16);
            g.setFont(labels.font(Font.PLAIN, 10));
            java.awt.FontMetrics fm = g.getFontMetrics();
            for (int t = 0; t <= 4; t++) {
                int x = 8 + w * t / 4;
                g.drawLine(x, 20, x, 24);
                String s = fmt(low + (high - low) * t / 4);
                int sx = Math.max(0, Math.min(getWidth() - fm.stringWidth(s), x - fm.stringWidth(s) / 2));
                g.drawString(s, sx, 36);
            }
        }
    }

    static String fmt(double d) {
        if (d == Math.rint(d)) {
            return Long.toString((long) d);
        }
        String s = String.format(java.util.Locale.ROOT, "%.3f", d);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
