// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgetutil.h"

#include "text/tweettemplate.h"

#include <QAction>
#include <QGuiApplication>
#include <QHeaderView>
#include <QIconEngine>
#include <QMenu>
#include <QPainter>
#include <QPalette>
#include <QPlainTextEdit>
#include <QTableView>
#include <QToolButton>

namespace EpisodeDesk::Ui {

namespace {

bool isDarkPalette()
{
    return QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
}

// Both drawings of one of our icons, the one for the palette chosen each time it is drawn: when the
// desktop switches to dark mode while the app runs, the widgets repaint on the palette change and get
// the light drawing without anyone creating their icons again. Each drawing is an ordinary SVG icon, so
// it renders at the pixel size asked for (16 × device pixel ratio), never scaled up from 1×.
class PaletteIconEngine final : public QIconEngine
{
public:
    explicit PaletteIconEngine(const QString &name)
        : m_name(name),
          m_forLight(QStringLiteral(":/episodedesk/icons/actions/%1.svg").arg(name)),
          m_forDark(QStringLiteral(":/episodedesk/icons/actions/%1-dark.svg").arg(name))
    { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal dpr = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
        QPixmap drawn = pixmap(rect.size() * dpr, mode, state);
        drawn.setDevicePixelRatio(dpr);
        painter->drawPixmap(rect, drawn);
    }
    // `size` is in device pixels here: QIcon::pixmap(size, dpr) asks for size × dpr.
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        if (mode != QIcon::Disabled) {
            return current().pixmap(size, 1.0, mode, state);
        }
        // The style's disabled look maps an icon's greys towards the window colour: a dark drawing on a
        // light window fades, but a light one on a dark window stays almost as bright as when enabled.
        // Half opacity fades both drawings alike.
        const QPixmap normal = current().pixmap(size, 1.0, QIcon::Normal, state);
        QPixmap faded(normal.size());
        faded.fill(Qt::transparent);
        QPainter painter(&faded);
        painter.setOpacity(0.5);
        painter.drawPixmap(0, 0, normal);
        return faded;
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return current().actualSize(size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return current().availableSizes(mode, state);
    }
    QString iconName() override { return m_name; }
    bool isNull() override { return current().isNull(); }
    QString key() const override { return QStringLiteral("episodedesk-palette"); }
    QIconEngine *clone() const override { return new PaletteIconEngine(*this); }

private:
    PaletteIconEngine(const PaletteIconEngine &) = default;

    const QIcon &current() const { return isDarkPalette() ? m_forDark : m_forLight; }

    QString m_name;
    QIcon m_forLight;
    QIcon m_forDark;
};

} // namespace

void setUpTable(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setShowGrid(false);
    // Tab leaves the table instead of walking its cells: rows are the unit here, not cells.
    view->setTabKeyNavigation(false);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    view->verticalHeader()->hide();
    // Every row the same height, known without asking the model: a list of 100,000 episodes lays out
    // without measuring them.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 14);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

QString elided(const QString &text, int maxChars)
{
    const QString oneLine = text.simplified();
    return oneLine.size() <= maxChars ? oneLine : oneLine.left(maxChars - 1) + QChar(0x2026);
}

QAction *separatorAction(QObject *parent)
{
    auto *action = new QAction(parent);
    action->setSeparator(true);
    return action;
}

QIcon themeIcon(const QString &name)
{
    if (name.isEmpty()) {
        return {};
    }
    return QIcon::fromTheme(name, QIcon(new PaletteIconEngine(name)));
}

QToolButton *createPlaceholderButton(QPlainTextEdit *text, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(QStringLiteral("placeholderButton"));
    button->setText(QCoreApplication::translate("EpisodeDesk::Ui::TweetDialog", "Insert"));
    button->setToolTip(
        QCoreApplication::translate("EpisodeDesk::Ui::TweetDialog",
                                    "Insert a placeholder that is filled in with the episode's details when posting"));
    button->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(button);
    for (const Models::TweetTemplatePlaceholder &placeholder : Models::tweetTemplatePlaceholders()) {
        QAction *action = menu->addAction(QCoreApplication::translate("EpisodeDesk::Ui::TweetDialog", "%1 — %2")
                                              .arg(placeholder.name, placeholder.description));
        const QString name = placeholder.name;
        QObject::connect(action, &QAction::triggered, text, [text, name] {
            text->insertPlainText(name);
            text->setFocus();
        });
    }
    button->setMenu(menu);
    return button;
}

} // namespace EpisodeDesk::Ui
