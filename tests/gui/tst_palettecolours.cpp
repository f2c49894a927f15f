// The window's error red where it is painted rather than set on a label: the agents matrix's failing cells and the
// quota chart's limit and runs-out marker. Each must read on the light palette and on the dark one (--dark), by the
// WCAG contrast that the error text itself keeps (4.5:1).
#include "gui/agents/AgentCellDelegate.h"
#include "gui/common/DarkPalette.h"
#include "gui/common/ErrorText.h"
#include "gui/common/WarningMark.h"
#include "gui/registries/QuotaChart.h"
#include "guimodels/agents/AgentMatrixModel.h"

#include <QApplication>
#include <QTest>

#include <cmath>

using namespace steward::gui;

namespace {

// WCAG 2 relative luminance contrast of two colours.
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool isReddish(const QColor &c)
{
    return c.red() > c.green() + 20 && c.red() > c.blue() + 20;
}

QString describe(const QColor &fore, const QColor &back)
{
    return QStringLiteral("%1 on %2: %3:1").arg(fore.name(), back.name()).arg(contrast(fore, back), 0, 'f', 2);
}

// The light palette the app starts with and the one --dark sets.
QList<QPair<QString, QPalette>> palettes()
{
    QPalette light = QApplication::style()->standardPalette();
    return {{QStringLiteral("light"), light}, {QStringLiteral("dark"), darkPalette()}};
}

} // namespace

class TestPaletteColours final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theErrorRedReadsOnWindowsAndViewsOfBothPalettes()
    {
        for (const auto &[name, palette] : palettes()) {
            for (const QPalette::ColorRole background : {QPalette::Window, QPalette::Base}) {
                const QColor red = errorTextColor(palette, background);
                QVERIFY2(contrast(red, palette.color(background)) >= 4.5,
                         qPrintable(name + u' ' + describe(red, palette.color(background))));
                QVERIFY2(isReddish(red), qPrintable(red.name()));
            }
        }
    }

    void aFailingCellIsRedAndItsTextReadsOnBothPalettes()
    {
        for (const auto &[name, palette] : palettes()) {
            const QColor chip = AgentCellDelegate::chipColor(int(CellState::Failing), palette, false);
            QVERIFY2(isReddish(chip), qPrintable(name + u' ' + chip.name()));
            QVERIFY2(contrast(palette.color(QPalette::Text), chip) >= 4.5,
                     qPrintable(name + u' ' + describe(palette.color(QPalette::Text), chip)));
            // Distinct from a cell that pulled fine, by more than its symbol.
            QVERIFY(chip != AgentCellDelegate::chipColor(int(CellState::Current), palette, false));
        }
    }

    void theQuotaChartsLimitAndRunsOutMarkerReadOnBothPalettes()
    {
        const QPalette before = QApplication::palette();
        for (const auto &[name, palette] : palettes()) {
            QApplication::setPalette(palette); // as --dark does, before the window is made
            const QuotaChart chart;
            QCOMPARE(chart.backgroundColor(), palette.color(QPalette::Base));
            for (const QColor &alarm : {chart.limitColor(), chart.runsOutColor()}) {
                QVERIFY2(isReddish(alarm), qPrintable(name + u' ' + alarm.name()));
                QVERIFY2(contrast(alarm, chart.backgroundColor()) >= 4.5,
                         qPrintable(name + u' ' + describe(alarm, chart.backgroundColor())));
            }
        }
        QApplication::setPalette(before);
    }

    // The first refused pull is orange, not the alarm's red: a mark, so WCAG's non-text contrast (3:1) on the chart.
    void theQuotaChartsRefusedPullMarkerStandsOutOnBothPalettes()
    {
        const QPalette before = QApplication::palette();
        for (const auto &[name, palette] : palettes()) {
            QApplication::setPalette(palette);
            const QuotaChart chart;
            const QColor refused = chart.refusedColor();
            QCOMPARE(refused, warningMarkColor(palette, QPalette::Base));
            QVERIFY2(contrast(refused, chart.backgroundColor()) >= 3.0,
                     qPrintable(name + u' ' + describe(refused, chart.backgroundColor())));
            // Orange: more red than blue, with green between them; and told apart from the limit's red.
            QVERIFY2(refused.red() > refused.green() && refused.green() > refused.blue() + 40,
                     qPrintable(name + u' ' + refused.name()));
            const int hueApart = std::abs(refused.hue() - chart.limitColor().hue());
            QVERIFY2(std::min(hueApart, 360 - hueApart) >= 20,
                     qPrintable(name + u' ' + refused.name() + u' ' + chart.limitColor().name()));
        }
        QApplication::setPalette(before);
    }
};

QTEST_MAIN(TestPaletteColours)
#include "tst_palettecolours.moc"
