// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Our own action icons, as Windows, macOS and a desktop without an icon theme show them: every action has
// one, each is drawn anew for 1×, 2× and 3× screens (not a 16-pixel bitmap blown up), and its lines stand
// out from light and dark windows alike.

#include "widgetutil.h"
#include "windowactions.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QImageReader>
#include <QPalette>
#include <QPixmap>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace EpisodeDesk::Ui;

namespace {

const QString iconDir = QStringLiteral(":/episodedesk/icons/actions");

// WCAG 2.1 relative luminance and contrast ratio (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio).
double luminance(const QColor &color)
{
    const auto channel = [](double c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The names of our drawings, without the generated "-dark" twins.
QStringList drawnIconNames()
{
    QStringList names;
    for (const QString &file : QDir(iconDir).entryList({QStringLiteral("*.svg")}, QDir::Files, QDir::Name)) {
        if (!file.endsWith(QLatin1String("-dark.svg"))) {
            names.append(file.chopped(4));
        }
    }
    return names;
}

// Every colour an SVG file names.
QStringList coloursIn(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QString svg = QString::fromUtf8(file.readAll());
    QStringList colours;
    static const QRegularExpression hex(QStringLiteral("#[0-9a-fA-F]{6}\\b"));
    for (auto it = hex.globalMatch(svg); it.hasNext();) {
        colours.append(it.next().captured());
    }
    return colours;
}

QPalette darkPalette()
{
    QPalette palette;
    for (const QPalette::ColorRole role : {QPalette::Window, QPalette::Base, QPalette::Button}) {
        palette.setColor(role, QColor(0x2b, 0x2b, 0x2b));
    }
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        palette.setColor(role, QColor(0xe0, 0xe0, 0xe0));
    }
    return palette;
}

} // namespace

class IconsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // No icon theme, whatever this machine has installed: what Windows and macOS users see is the
        // fallback, and the fallback is under test.
        QIcon::setThemeSearchPaths({});
        QIcon::setThemeName(QStringLiteral("no-such-theme"));
        QVERIFY2(QImageReader::supportedImageFormats().contains("svg"), "Qt's svg image plugin is missing");
        m_defaultPalette = QApplication::palette();
        QVERIFY(m_defaultPalette.color(QPalette::Window).lightness() >= 128);
    }

    void cleanup() { QApplication::setPalette(m_defaultPalette); }

    void everyActionHasAnIcon_data()
    {
        QTest::addColumn<QString>("objectName");
        QObject parent;
        for (const QAction *action : WindowActions::create(&parent).all()) {
            QTest::newRow(qPrintable(action->objectName())) << action->objectName();
        }
    }

    void everyActionHasAnIcon()
    {
        QFETCH(QString, objectName);
        QObject parent;
        const WindowActions actions = WindowActions::create(&parent);
        QAction *action = parent.findChild<QAction *>(objectName);
        QVERIFY(action);
        if (action == actions.confirmBeforePosting) {
            // A check mark says more than any picture for an on/off setting, and a menu item with an
            // icon shows the icon where the check mark would be.
            QVERIFY(action->isCheckable());
            QVERIFY(action->icon().isNull());
            return;
        }
        const QIcon icon = action->icon();
        QVERIFY(!icon.isNull());
        QVERIFY(!icon.name().isEmpty());
        QVERIFY2(QFile::exists(QStringLiteral("%1/%2.svg").arg(iconDir, icon.name())), qPrintable(icon.name()));
        QVERIFY(!icon.pixmap(QSize(16, 16)).isNull());
    }

    // No drawing that nothing uses, none an action names and we lack: the sets are the same.
    void everyDrawingIsUsed()
    {
        QObject parent;
        QSet<QString> used;
        for (const QAction *action : WindowActions::create(&parent).all()) {
            if (!action->icon().isNull()) {
                used.insert(action->icon().name());
            }
        }
        const QStringList drawn = drawnIconNames();
        QCOMPARE(QSet<QString>(drawn.cbegin(), drawn.cend()), used);
    }

    void emptyNameHasNoIcon() { QVERIFY(themeIcon(QString()).isNull()); }

    void rendersSharpAtEveryPixelRatio_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("dpr");
        QTest::addColumn<bool>("dark");
        QTest::addColumn<QColor>("expected");
        const QStringList names = drawnIconNames();
        QVERIFY(!names.isEmpty());
        for (const QString &name : names) {
            for (const int dpr : {1, 2, 3}) {
                QTest::addRow("%s@%dx light", qPrintable(name), dpr)
                    << name << dpr << false << QColor(0x3d, 0x41, 0x48);
                QTest::addRow("%s@%dx dark", qPrintable(name), dpr) << name << dpr << true << QColor(0xd4, 0xd7, 0xdc);
            }
        }
    }

    void rendersSharpAtEveryPixelRatio()
    {
        QFETCH(QString, name);
        QFETCH(int, dpr);
        QFETCH(bool, dark);
        QFETCH(QColor, expected);
        // Made while the palette is light, drawn after a switch to dark: the icon follows the palette
        // without being created again.
        const QIcon icon = themeIcon(name);
        QVERIFY(!icon.isNull());
        if (dark) {
            QApplication::setPalette(darkPalette());
        }

        const QPixmap pixmap = icon.pixmap(QSize(16, 16), dpr);
        QCOMPARE(pixmap.size(), QSize(16, 16) * dpr);
        QCOMPARE(pixmap.devicePixelRatio(), qreal(dpr));
        const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);

        // Visible lines on a transparent ground, in the one grey the palette calls for: anti-aliased edges
        // differ only in alpha (the colour of a faint edge pixel is too rounded to compare).
        int visible = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor pixel = image.pixelColor(x, y);
                visible += pixel.alpha() >= 64 ? 1 : 0;
                if (pixel.alpha() < 128) {
                    continue;
                }
                const int distance =
                    std::max({std::abs(pixel.red() - expected.red()), std::abs(pixel.green() - expected.green()),
                              std::abs(pixel.blue() - expected.blue())});
                QVERIFY2(distance <= 3,
                         qPrintable(QStringLiteral("pixel (%1, %2) is %3, not %4")
                                        .arg(x)
                                        .arg(y)
                                        .arg(pixel.name(), expected.name())));
            }
        }
        // Lines, neither a few stray pixels nor a filled square.
        const int area = image.width() * image.height();
        const QString coverage = QStringLiteral("%1 of %2 pixels visible").arg(visible).arg(area);
        QVERIFY2(visible >= area / 10, qPrintable(coverage));
        QVERIFY2(visible <= area * 2 / 3, qPrintable(coverage));

        if (dpr == 1) {
            return;
        }
        // A 1× image scaled up is the same within each dpr × dpr block; one drawn at this size has edges
        // that fall inside blocks. Count the blocks that are not one flat colour.
        const QImage once = icon.pixmap(QSize(16, 16), 1).toImage().convertToFormat(QImage::Format_ARGB32);
        QVERIFY(image != once.scaled(image.size(), Qt::IgnoreAspectRatio, Qt::FastTransformation));
        int detailedBlocks = 0;
        for (int by = 0; by < 16; ++by) {
            for (int bx = 0; bx < 16; ++bx) {
                const QRgb first = image.pixel(bx * dpr, by * dpr);
                bool flat = true;
                for (int y = by * dpr; flat && y < (by + 1) * dpr; ++y) {
                    for (int x = bx * dpr; flat && x < (bx + 1) * dpr; ++x) {
                        flat = image.pixel(x, y) == first;
                    }
                }
                detailedBlocks += flat ? 0 : 1;
            }
        }
        QVERIFY2(detailedBlocks >= 16, qPrintable(QStringLiteral("%1 of 256 blocks with detail").arg(detailedBlocks)));
    }

    void disabledIsFaded_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("dark");
        for (const QString &name : drawnIconNames()) {
            QTest::addRow("%s light", qPrintable(name)) << name << false;
            QTest::addRow("%s dark", qPrintable(name)) << name << true;
        }
    }

    // A greyed-out button must look it on a dark window too, where the style's own fading leaves a
    // light drawing nearly as bright as an enabled one. Ours halves the opacity: the same grey, fainter.
    void disabledIsFaded()
    {
        QFETCH(QString, name);
        QFETCH(bool, dark);
        if (dark) {
            QApplication::setPalette(darkPalette());
        }
        const QIcon icon = themeIcon(name);
        const QImage normal = icon.pixmap(QSize(16, 16), 2, QIcon::Normal).toImage();
        const QImage disabled = icon.pixmap(QSize(16, 16), 2, QIcon::Disabled).toImage();
        QCOMPARE(disabled.size(), normal.size());
        int strongest = 0;
        for (int y = 0; y < normal.height(); ++y) {
            for (int x = 0; x < normal.width(); ++x) {
                const QColor before = normal.pixelColor(x, y);
                const QColor after = disabled.pixelColor(x, y);
                strongest = std::max(strongest, after.alpha());
                QVERIFY(std::abs(after.alpha() - before.alpha() / 2) <= 2);
                if (after.alpha() >= 96) {
                    QVERIFY(std::abs(after.lightness() - before.lightness()) <= 4);
                }
            }
        }
        QVERIFY2(strongest >= 120, qPrintable(QString::number(strongest)));
    }

    // WCAG 2.1 success criterion 1.4.11 (non-text contrast): a graphic a user must make out needs 3:1
    // against what is next to it. Every colour of each drawing against the grounds it is meant for.
    void coloursHaveNonTextContrast_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QColor>("background");
        const QPalette light = QApplication::palette();
        QTest::newRow("light drawing on white") << QString() << QColor(Qt::white);
        QTest::newRow("light drawing on Fusion's window grey") << QString() << QColor(0xef, 0xef, 0xef);
        QTest::newRow("light drawing on the window") << QString() << light.color(QPalette::Window);
        QTest::newRow("light drawing on a button") << QString() << light.color(QPalette::Button);
        QTest::newRow("light drawing on a list") << QString() << light.color(QPalette::Base);
        const QString dark = QStringLiteral("-dark");
        QTest::newRow("dark drawing on #2b2b2b") << dark << QColor(0x2b, 0x2b, 0x2b);
        QTest::newRow("dark drawing on #353535") << dark << QColor(0x35, 0x35, 0x35);
        QTest::newRow("dark drawing on #1e1e1e") << dark << QColor(0x1e, 0x1e, 0x1e);
        QTest::newRow("dark drawing on #000000") << dark << QColor(Qt::black);
    }

    void coloursHaveNonTextContrast()
    {
        QFETCH(QString, suffix);
        QFETCH(QColor, background);
        for (const QString &name : drawnIconNames()) {
            const QString path = QStringLiteral("%1/%2%3.svg").arg(iconDir, name, suffix);
            const QStringList colours = coloursIn(path);
            QVERIFY2(!colours.isEmpty(), qPrintable(path));
            for (const QString &colour : colours) {
                const double ratio = contrast(QColor(colour), background);
                QVERIFY2(ratio >= 3.0,
                         qPrintable(QStringLiteral("%1: %2 on %3 is %4:1")
                                        .arg(path, colour, background.name())
                                        .arg(ratio, 0, 'f', 2)));
            }
        }
    }

    // The ratios the choice of greys rests on, as stated in the commit: #3d4148 on white 10.25:1,
    // #d4d7dc on #2b2b2b 9.81:1. One grey for both grounds could reach only about 3.8:1 on each.
    void contrastFormulaMatchesTheStandard()
    {
        QCOMPARE(qRound(contrast(Qt::black, Qt::white) * 100), 2100);
        QCOMPARE(qRound(contrast(QColor(0x3d, 0x41, 0x48), Qt::white) * 100), 1025);
        QCOMPARE(qRound(contrast(QColor(0xd4, 0xd7, 0xdc), QColor(0x2b, 0x2b, 0x2b)) * 100), 981);
    }

private:
    QPalette m_defaultPalette;
};

QTEST_MAIN(IconsTest)
#include "test_icons.moc"
