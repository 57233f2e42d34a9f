// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "media/tweetimage.h"

#include <QDialog>
#include <QList>
#include <QSqlDatabase>
#include <QUrl>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QNetworkAccessManager;
class QPlainTextEdit;
class QTextEdit;
class QToolButton;

namespace EpisodeDesk::Ui {

class ImageStrip;

// Adds or edits one tweet config of an episode: the account it goes out on, the text (a template:
// {title}, {url}, … are filled in when it is posted), an optional time entered in local time, and
// whether it is enabled.
//
//     auto *dialog = new TweetDialog(accounts, episode, this);
//     dialog->setConfig(config); // id 0: a new tweet
//     dialog->setSaveFunction([](const Models::TweetConfig &c, QString *error) { ... return ok; });
//     dialog->open();
//
// A live preview shows the text as it will be posted (placeholders filled in from the episode), and a
// counter shows X's weighted length of that text ("N / 280"); past the limit the part that does not fit
// is marked in the preview, the counter turns red and says why (naming the placeholders that pushed it
// over), and OK is disabled. A scheduled tweet may still be saved over the limit (its episode's title
// may yet be shortened), after a warning that it is held until it fits. A tweet that is
// out or may be out (posting, posted, unknown) opens read-only with a note saying why: TweetStore
// refuses to rewrite it, and the dialog should not pretend otherwise.
//
// With setUpImages() it has an Images section (ImageStrip): files, drops, pastes (Ctrl+V anywhere in the
// dialog, the text box included, when the clipboard holds an image) and the episode's artwork. OK waits
// while an image is being checked and is off while an alt text is too long; the save function reads
// images() and stores them after the tweet.
class TweetDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TweetDialog)

public:
    using SaveFunction = std::function<bool(const Models::TweetConfig &config, QString *error)>;

    TweetDialog(const QList<Models::Account> &accounts, const Models::Episode &episode, QWidget *parent = nullptr);
    ~TweetDialog() override;

    void setConfig(const Models::TweetConfig &config);
    // The exact text the tweet's attempt sent (TweetStore::sentTexts): for a tweet that is out or may
    // be out, the preview and the count show that instead of what the template fills in to today (the
    // episode may have been edited since). Empty: the template's expansion.
    void setSentText(const QString &text);
    // The config as entered; posting fields and id are those given to setConfig().
    Models::TweetConfig config() const;
    void setSaveFunction(SaveFunction save);
    bool isReadOnly() const { return m_readOnly; }

    // Adds the Images section: images go into the media store of `db` as they are added; Use Episode
    // Artwork downloads `artworkUrl` through `network` (an empty URL: disabled, saying why).
    void setUpImages(const QSqlDatabase &db, QNetworkAccessManager *network, const QUrl &artworkUrl);
    ImageStrip *imageStrip() const { return m_images; }
    // The tweet's images (or, read-only, what was sent); images() has the alt text as typed.
    void setImages(const QList<Models::TweetImage> &images);
    QList<Models::TweetImage> images() const;
    bool imagesChanged() const;
    // A new tweet was added though saving its images failed: OK again saves this tweet, never a second.
    void setSavedId(qint64 configId);

    // Why a tweet in this state cannot be edited, in plain words; empty when it can be.
    static QString lockedReason(const Models::TweetConfig &config);

public Q_SLOTS:
    void accept() override;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void pasteImages();

    void updateCounter();
    // Shows the expanded text; from overflowFrom on (a UTF-16 index, -1 for none) it does not fit.
    void updatePreview(const QString &text, int overflowFrom);
    void updateOkButton();
    void makeReadOnly(const QString &reason);

    Models::Episode m_episode;
    Models::TweetConfig m_config;
    QString m_sentText;
    SaveFunction m_save;
    bool m_readOnly = false;
    bool m_textAcceptable = false;
    // Too long after filling in, and nothing else wrong with it: a scheduled tweet may be saved, held.
    bool m_onlyTooLong = false;
    QString m_holdMessage; // "Held: …" for the text as it stands (holdReason); empty when it fits
    QLabel *m_readOnlyNote = nullptr;
    QComboBox *m_account = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_counter = nullptr;
    QTextEdit *m_preview = nullptr;
    QLabel *m_textHint = nullptr;
    QCheckBox *m_scheduleCheck = nullptr;
    QDateTimeEdit *m_schedule = nullptr;
    QCheckBox *m_enabled = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QFormLayout *m_form = nullptr;
    ImageStrip *m_images = nullptr;
};

} // namespace EpisodeDesk::Ui
