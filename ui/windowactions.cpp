// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowactions.h"

#include "widgetutil.h"

#include <QAction>
#include <QKeySequence>

#include <optional>

namespace EpisodeDesk::Ui {

namespace {

struct ActionSpec
{
    QAction **target;
    const char *objectName;
    QString text;
    const char *icon;
    QString toolTip;
    QKeySequence shortcut;
    // A platform binding, used when the platform defines one (Cmd on macOS); `shortcut` otherwise.
    std::optional<QKeySequence::StandardKey> standard = std::nullopt;
    // Edit and Delete exist once per list: their shortcuts work only while that list has the focus, so
    // Ctrl+E and Del always mean "the row I am looking at", never the other list's row.
    bool listScoped = false;
};

QAction *createAction(QObject *parent, const ActionSpec &spec)
{
    auto *action = new QAction(themeIcon(QLatin1String(spec.icon)), spec.text, parent);
    action->setObjectName(QLatin1String(spec.objectName));
    action->setToolTip(spec.toolTip);
    action->setStatusTip(spec.toolTip);
    const QList<QKeySequence> bindings =
        spec.standard ? QKeySequence::keyBindings(*spec.standard) : QList<QKeySequence>();
    if (bindings.isEmpty()) {
        action->setShortcut(spec.shortcut);
    } else {
        action->setShortcuts(bindings);
    }
    if (spec.listScoped) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    }
    // The shortcut in the tooltip, the way toolbar buttons show it elsewhere in desktop apps.
    if (!action->shortcut().isEmpty()) {
        action->setToolTip(
            QStringLiteral("%1 (%2)").arg(spec.toolTip, action->shortcut().toString(QKeySequence::NativeText)));
    }
    return action;
}

} // namespace

WindowActions WindowActions::create(QObject *parent)
{
    using SK = QKeySequence;
    WindowActions actions;
    const ActionSpec windowSpecs[] = {
        {&actions.newEpisode, "newEpisodeAction", tr("&New Episode…"), "document-new",
         tr("Add an episode of your show"), SK(Qt::CTRL | Qt::Key_N), SK::New},
        {&actions.editEpisode, "editEpisodeAction", tr("&Edit Episode…"), "document-edit",
         tr("Change the selected episode"), SK(Qt::CTRL | Qt::Key_E), std::nullopt, true},
        {&actions.deleteEpisode, "deleteEpisodeAction", tr("&Delete Episode"), "edit-delete",
         tr("Delete the selected episode"), SK(Qt::Key_Delete), SK::Delete, true},
        {&actions.find, "findAction", tr("&Find…"), "edit-find", tr("Search episode titles, notes and tweet texts"),
         SK(Qt::CTRL | Qt::Key_F), SK::Find},
        {&actions.accounts, "accountsAction", tr("&Accounts…"), "system-users",
         tr("Add or change the accounts tweets go out on"), SK(Qt::CTRL | Qt::SHIFT | Qt::Key_A)},
        {&actions.openDatabase, "openDatabaseAction", tr("&Open Database…"), "document-open-recent",
         tr("Open another show's database file"), SK(Qt::CTRL | Qt::Key_O), SK::Open},
        {&actions.openTeamDatabase, "openTeamDatabaseAction", tr("Open &Team Database…"), "system-users",
         tr("Open a show's database on a PostgreSQL server that your team shares"), SK()},
        {&actions.importFeed, "importFeedAction", tr("&Import from Feed…"), "internet-web-browser",
         tr("Add your show's episodes from its RSS feed"), SK()},
        {&actions.announcements, "announcementsAction", tr("A&nnouncements…"), "mail-message-new",
         tr("The tweets every new episode of the feed gets by itself"), SK()},
        {&actions.clearRecent, "clearRecentAction", tr("&Clear Recent"), "edit-delete",
         tr("Forget the list of databases opened lately"), SK()},
        {&actions.about, "aboutAction", tr("&About EpisodeDesk"), "help-about",
         tr("What EpisodeDesk is and which version this is"), SK(Qt::Key_F1)},
        {&actions.quit, "quitAction", tr("&Quit"), "application-exit", tr("Close EpisodeDesk"),
         SK(Qt::CTRL | Qt::Key_Q), SK::Quit},
        {&actions.preferences, "preferencesAction", tr("&Preferences…"), "preferences-system",
         tr("The grace period of scheduled posts, and whether to ask before posting"), SK(Qt::CTRL | Qt::Key_Comma),
         SK::Preferences},
        {&actions.refresh, "refreshAction", tr("&Refresh"), "view-refresh",
         tr("Read everything from the database again"), SK(Qt::Key_F5), SK::Refresh},
    };
    const ActionSpec tweetSpecs[] = {
        {&actions.newTweet, "newTweetAction", tr("New &Tweet…"), "mail-message-new",
         tr("Write a tweet announcing the selected episode"), SK(Qt::CTRL | Qt::Key_T)},
        {&actions.editTweet, "editTweetAction", tr("Edit T&weet…"), "document-edit", tr("Change the selected tweet"),
         SK(Qt::CTRL | Qt::Key_E), std::nullopt, true},
        {&actions.deleteTweet, "deleteTweetAction", tr("De&lete Tweet"), "edit-delete", tr("Delete the selected tweet"),
         SK(Qt::Key_Delete), SK::Delete, true},
        {&actions.post, "postAction", tr("&Post Now"), "mail-send", tr("Publish the selected tweet on its account now"),
         SK(Qt::CTRL | Qt::Key_P)},
        // For a tweet that missed its time (or any pending one): a new time, after which the scheduler
        // posts it as it would have. Post Now is the other way out of "missed".
        {&actions.reschedule, "rescheduleAction", tr("Re&schedule…"), "appointment-new",
         tr("Give the selected tweet a new time"), SK(Qt::CTRL | Qt::SHIFT | Qt::Key_R)},
        {&actions.resumePosting, "resumePostingAction", tr("Res&ume Posting on This Account…"), "media-playback-start",
         tr("You raised the usage cap on X: let this account's tweets go out again"), SK()},
        {&actions.verify, "verifyAction", tr("&Verify"), "view-refresh",
         tr("Ask X whether an unknown attempt was published"), SK(Qt::CTRL | Qt::SHIFT | Qt::Key_V)},
        {&actions.openOnX, "openOnXAction", tr("&Open on X"), "internet-web-browser",
         tr("Open the posted tweet in your browser"), SK(Qt::CTRL | Qt::SHIFT | Qt::Key_O)},
        {&actions.history, "historyAction", tr("&History…"), "document-open-recent",
         tr("Every attempt to post the selected tweet, and what came of it"), SK(Qt::CTRL | Qt::Key_H)},
        {&actions.confirmBeforePosting, "confirmBeforePostingAction", tr("&Ask Before Posting"), "",
         tr("Show the exact text and account before each post"), SK()},
    };
    for (const ActionSpec &spec : windowSpecs) {
        *spec.target = createAction(parent, spec);
    }
    for (const ActionSpec &spec : tweetSpecs) {
        *spec.target = createAction(parent, spec);
    }
    actions.about->setMenuRole(QAction::AboutRole);
    actions.quit->setMenuRole(QAction::QuitRole);
    actions.preferences->setMenuRole(QAction::PreferencesRole);
    actions.confirmBeforePosting->setCheckable(true);
    return actions;
}

QList<QAction *> WindowActions::all() const
{
    return {
        newEpisode,  editEpisode, deleteEpisode, newTweet,     editTweet,        deleteTweet,          post,
        reschedule,  verify,      openOnX,       history,      resumePosting,    confirmBeforePosting, find,
        refresh,     preferences, accounts,      openDatabase, openTeamDatabase, importFeed,           announcements,
        clearRecent, about,       quit};
}

} // namespace EpisodeDesk::Ui
