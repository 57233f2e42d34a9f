// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/itemdatarole.h"
#include "itemmodels/tweettablemodel.h"
#include "statusbadgedelegate.h"

#include <QAccessible>
#include <QImage>
#include <QPainter>
#include <QSet>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace EpisodeDesk::Models;
using namespace EpisodeDesk::Ui;

namespace {

QList<DisplayStatus> allStatuses()
{
    QList<DisplayStatus> statuses;
    for (int value = int(DisplayStatus::Pending); value <= int(DisplayStatus::Held); ++value) {
        statuses.append(static_cast<DisplayStatus>(value));
    }
    return statuses;
}

// One row per status, as TweetTableModel fills the status column: the word in DisplayRole, the status
// as int in StatusRole.
void fill(QStandardItemModel *model)
{
    for (DisplayStatus status : allStatuses()) {
        auto *item = new QStandardItem(TweetTableModel::statusLabel(status));
        item->setData(int(status), StatusRole);
        model->appendRow(item);
    }
}

} // namespace

class StatusBadgeDelegateTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachStatusHasItsOwnWordSymbolAndColour()
    {
        QSet<QString> words;
        QSet<QString> symbols;
        QSet<QRgb> lightFills;
        QSet<QRgb> darkFills;
        for (DisplayStatus status : allStatuses()) {
            const QString word = TweetTableModel::statusLabel(status);
            QVERIFY(!word.isEmpty());
            words.insert(word);
            symbols.insert(StatusBadgeDelegate::symbol(status));
            lightFills.insert(StatusBadgeDelegate::colors(status, false).background.rgb());
            darkFills.insert(StatusBadgeDelegate::colors(status, true).background.rgb());
            QVERIFY(StatusBadgeDelegate::badgeText(status, word).endsWith(word));
        }
        const qsizetype count = allStatuses().size();
        QCOMPARE(words.size(), count);
        QCOMPARE(symbols.size(), count);
        QCOMPARE(lightFills.size(), count);
        QCOMPARE(darkFills.size(), count);
    }

    // Held (cannot be sent as it stands) is a problem of its own: not Failed's red, not Missed's orange,
    // with its own symbol and word, and painted as a pill like the others.
    void heldHasItsOwnBadge()
    {
        QCOMPARE(allStatuses().last(), DisplayStatus::Held);
        QCOMPARE(TweetTableModel::statusLabel(DisplayStatus::Held), QStringLiteral("Held"));
        QCOMPARE(StatusBadgeDelegate::badgeText(DisplayStatus::Held, QStringLiteral("Held")),
                 QStringLiteral("\u2016\u2009Held"));
        for (bool dark : {false, true}) {
            const QColor held = StatusBadgeDelegate::colors(DisplayStatus::Held, dark).background;
            for (DisplayStatus other : {DisplayStatus::Failed, DisplayStatus::Missed, DisplayStatus::Disabled}) {
                QVERIFY(held != StatusBadgeDelegate::colors(other, dark).background);
            }
        }

        QStandardItemModel model;
        auto *item = new QStandardItem(TweetTableModel::statusLabel(DisplayStatus::Held));
        item->setData(int(DisplayStatus::Held), StatusRole);
        model.appendRow(item);
        QTableView view;
        StatusBadgeDelegate delegate;
        view.setItemDelegate(&delegate);
        view.setModel(&model);
        view.resize(300, 120);
        view.setColumnWidth(0, StatusBadgeDelegate::widestBadgeWidth(view.font()));
        const QModelIndex index = model.index(0, 0);
        QCOMPARE(delegate.shownStatus(index), DisplayStatus::Held);
        const QImage image = view.grab().toImage();
        const QRect cell = view.visualRect(index);
        const QColor fill = StatusBadgeDelegate::colors(DisplayStatus::Held, false).background;
        const QColor painted = image.pixelColor(
            view.viewport()->mapTo(&view, QPoint(cell.left() + 7, cell.center().y())) * image.devicePixelRatio());
        QVERIFY2(qAbs(painted.red() - fill.red()) < 8 && qAbs(painted.green() - fill.green()) < 8 &&
                     qAbs(painted.blue() - fill.blue()) < 8,
                 qPrintable(painted.name()));
        // Its word fits the column that fits every badge.
        QVERIFY(delegate.sizeHint(QStyleOptionViewItem(), index).width() <=
                StatusBadgeDelegate::widestBadgeWidth(QFont()));
    }

    void textIsReadableOnItsFill_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("dark");
        for (DisplayStatus status : allStatuses()) {
            const QByteArray name = displayStatusToString(status).toUtf8();
            QTest::newRow((name + " light").constData()) << int(status) << false;
            QTest::newRow((name + " dark").constData()) << int(status) << true;
        }
    }

    void textIsReadableOnItsFill()
    {
        QFETCH(int, status);
        QFETCH(bool, dark);
        const auto colors = StatusBadgeDelegate::colors(static_cast<DisplayStatus>(status), dark);
        // WCAG 2 contrast ratio; 4.5:1 is the bar for normal-size text.
        auto luminance = [](const QColor &color) {
            auto channel = [](qreal c) {
                return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
            };
            return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
        };
        const qreal a = luminance(colors.background);
        const qreal b = luminance(colors.foreground);
        const qreal ratio = (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
        QVERIFY2(ratio >= 4.5, qPrintable(QString::number(ratio)));
    }

    void paintsEveryStatusWithoutCrashing()
    {
        QStandardItemModel model;
        fill(&model);
        auto *unknownValue = new QStandardItem(QStringLiteral("no status"));
        unknownValue->setData(999, StatusRole); // out of range: painted as plain text
        model.appendRow(unknownValue);
        model.appendRow(new QStandardItem(QStringLiteral("no role at all")));

        QTableView view;
        StatusBadgeDelegate delegate;
        view.setItemDelegate(&delegate);
        view.setModel(&model);
        view.resize(300, 400);
        const QImage image = view.grab().toImage();
        QVERIFY(!image.isNull());

        // The pill's fill is really there, left in the first cell.
        const QRect cell = view.visualRect(model.index(0, 0));
        const QColor fill = StatusBadgeDelegate::colors(DisplayStatus::Pending, false).background;
        const QPoint probe = view.viewport()->mapTo(&view, QPoint(cell.left() + 7, cell.center().y()));
        const QColor painted = image.pixelColor(probe * image.devicePixelRatio());
        QVERIFY2(qAbs(painted.red() - fill.red()) < 8 && qAbs(painted.green() - fill.green()) < 8 &&
                     qAbs(painted.blue() - fill.blue()) < 8,
                 qPrintable(painted.name()));
    }

    // From the click until the engine's answer the window shows a row as posting, with a spinner that
    // turns in place of the symbol.
    void busyRowsShowASpinningPostingBadge()
    {
        QStandardItemModel model;
        auto *item = new QStandardItem(TweetTableModel::statusLabel(DisplayStatus::Pending));
        item->setData(int(DisplayStatus::Pending), StatusRole);
        item->setData(qint64(7), IdRole);
        model.appendRow(item);
        QTableView view;
        StatusBadgeDelegate delegate;
        view.setItemDelegate(&delegate);
        view.setModel(&model);
        view.resize(300, 120);
        view.setColumnWidth(0, StatusBadgeDelegate::widestBadgeWidth(view.font()));
        const QModelIndex index = model.index(0, 0);
        QCOMPARE(delegate.shownStatus(index), DisplayStatus::Pending);

        bool busy = true;
        delegate.setBusyPredicate([&busy](qint64 id) { return busy && id == 7; });
        QCOMPARE(delegate.shownStatus(index), DisplayStatus::Posting);
        const QImage first = view.grab().toImage();
        const QRect cell = view.visualRect(index);
        const QColor fill = StatusBadgeDelegate::colors(DisplayStatus::Posting, false).background;
        const QColor painted = first.pixelColor(
            view.viewport()->mapTo(&view, QPoint(cell.left() + 7, cell.center().y())) * first.devicePixelRatio());
        QVERIFY2(qAbs(painted.red() - fill.red()) < 8 && qAbs(painted.blue() - fill.blue()) < 8,
                 qPrintable(painted.name()));

        delegate.setSpinnerPhase(delegate.spinnerPhase() + 90);
        QCOMPARE(delegate.spinnerPhase(), 90);
        QVERIFY(view.grab().toImage() != first); // the arc moved
        delegate.setSpinnerPhase(360 + 45);
        QCOMPARE(delegate.spinnerPhase(), 45);

        busy = false;
        QCOMPARE(delegate.shownStatus(index), DisplayStatus::Pending);
    }

    void sizeHintFitsTheBadge()
    {
        QStandardItemModel model;
        fill(&model);
        StatusBadgeDelegate delegate;
        QStyleOptionViewItem option;
        option.font = QFont();
        const QFontMetrics metrics(option.font);
        int widest = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, 0);
            const QSize hint = delegate.sizeHint(option, index);
            const QString text =
                StatusBadgeDelegate::badgeText(static_cast<DisplayStatus>(row), index.data().toString());
            QVERIFY(hint.width() > metrics.horizontalAdvance(text));
            QVERIFY(hint.height() > metrics.height());
            widest = std::max(widest, hint.width());
        }
        QVERIFY(StatusBadgeDelegate::widestBadgeWidth(option.font) >= widest);

        // A longer word needs a wider badge.
        QStandardItem *item = model.item(0);
        const QSize before = delegate.sizeHint(option, item->index());
        item->setText(QStringLiteral("Pending, with a much longer word"));
        QVERIFY(delegate.sizeHint(option, item->index()).width() > before.width());
    }

    void accessibleTextIsTheWord()
    {
        QStandardItemModel model;
        fill(&model);
        QTableView view;
        view.setItemDelegate(new StatusBadgeDelegate(&view));
        view.setModel(&model);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QAccessibleInterface *table = QAccessible::queryAccessibleInterface(&view);
        QVERIFY(table && table->tableInterface());
        QAccessibleInterface *cell = table->tableInterface()->cellAt(int(DisplayStatus::Posted), 0);
        QVERIFY(cell);
        QCOMPARE(cell->text(QAccessible::Name), TweetTableModel::statusLabel(DisplayStatus::Posted));
    }
};

QTEST_MAIN(StatusBadgeDelegateTest)
#include "test_statusbadgedelegate.moc"
