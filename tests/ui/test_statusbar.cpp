// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusbar.h"

#include <QHelpEvent>
#include <QImage>
#include <QLabel>
#include <QMainWindow>
#include <QTest>
#include <QToolTip>

#include <memory>

using namespace EpisodeDesk::Ui;

namespace {

// The missed-tweets notice at its longest, as Notifications puts it in the status bar.
const QString kLong = QStringLiteral(
    "2 scheduled tweets missed: \u201cIn case you missed it: episode 41, \u201cMicrophones for the "
    "road\u201d\u2026\u201d "
    "and \u201cIn case you missed it: episode 42, \u201cEditing with your ears\u201d\u2026\u201d were not posted late. "
    "Post them now or reschedule them.");

// A window of the given width with the bar and its permanent "next post" label, shown.
struct Window
{
    explicit Window(int width)
    {
        bar = new StatusBar(&window);
        window.setStatusBar(bar);
        label = new QLabel(QStringLiteral("Next scheduled post: Fri 09:00"), bar);
        bar->addPermanentWidget(label);
        window.resize(width, 200);
        window.show();
    }
    QMainWindow window;
    StatusBar *bar = nullptr;
    QLabel *label = nullptr;
};

} // namespace

class StatusBarTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aShortMessageShowsWhole()
    {
        Window w(900);
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        w.bar->showMessage(QStringLiteral("Posted."));
        QCOMPARE(w.bar->shownMessage(), QStringLiteral("Posted."));
    }

    // Narrow or wide, the message ends with "…" where it stops, fits left of the label, and
    // currentMessage() stays whole (the notifications and their tests read it).
    void aLongMessageIsElidedBeforeThePermanentWidgets_data()
    {
        QTest::addColumn<int>("width");
        QTest::newRow("narrow") << 480;
        QTest::newRow("the README's window") << 1100;
    }
    void aLongMessageIsElidedBeforeThePermanentWidgets()
    {
        QFETCH(int, width);
        Window w(width);
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        w.bar->showMessage(kLong);
        QCOMPARE(w.bar->currentMessage(), kLong);
        QTRY_VERIFY(w.label->isVisible());
        const QString shown = w.bar->shownMessage();
        QVERIFY2(shown.endsWith(QChar(0x2026)), qPrintable(shown));
        QVERIFY2(kLong.startsWith(shown.chopped(1)), qPrintable(shown));
        QVERIFY(shown.size() > 10);
        QVERIFY2(6 + w.bar->fontMetrics().horizontalAdvance(shown) <= w.label->x() - 2,
                 qPrintable(QStringLiteral("%1 px of text, the label at %2")
                                .arg(w.bar->fontMetrics().horizontalAdvance(shown))
                                .arg(w.label->x())));
        // Painting takes the same path (and must not draw over the label).
        const QImage image = w.bar->grab().toImage();
        QVERIFY(!image.isNull());
    }

    void theWholeMessageIsTheTooltipWhenElided()
    {
        Window w(480);
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        w.bar->showMessage(kLong);
        const QPoint inside(20, w.bar->height() / 2);
        QHelpEvent help(QEvent::ToolTip, inside, w.bar->mapToGlobal(inside));
        QVERIFY(QCoreApplication::sendEvent(w.bar, &help));
        QTRY_COMPARE(QToolTip::text(), kLong);
        QToolTip::hideText();
    }

    void theMessageGoesWithItsTimeout()
    {
        Window w(480);
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        w.bar->showMessage(kLong, 50);
        QTRY_VERIFY(w.bar->currentMessage().isEmpty());
        QVERIFY(w.bar->shownMessage().isEmpty());
    }
};

QTEST_MAIN(StatusBarTest)
#include "test_statusbar.moc"
