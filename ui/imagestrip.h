// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "media/imageprep.h"
#include "media/mediastore.h"
#include "media/tweetimage.h"

#include <QFuture>
#include <QList>
#include <QPointer>
#include <QSqlDatabase>
#include <QUrl>
#include <QWidget>

#include <functional>

class QLabel;
class QMimeData;
class QNetworkAccessManager;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace EpisodeDesk::Ui {

class ThumbnailLoader;

// The tweet editor's "Images" section: up to four images (or one GIF), each with a thumbnail, its alt
// text (up to 1,000 characters, with a counter, and a warning while it is empty) and Remove. Images come
// from Add Image…, from files or image data dropped or pasted (addFromMimeData), and from Use Episode
// Artwork. Each is checked off the GUI thread (prepareImage*InBackground), one after another in the order
// given, then copied into the MediaStore: what the strip holds is always in the store, so a saved tweet
// refers to bytes that exist. A refused file gets its sentence under the buttons; nothing is dropped
// silently.
//
//     auto *strip = new ImageStrip(db, this);
//     strip->setArtwork(network, ArtworkFetcher::artworkUrl(db, episodeId));
//     strip->setImages(TweetImageStore(db).images(configId));
//     … // on OK, when strip->problem() is empty and !strip->isBusy():
//     TweetImageStore(db).setImages(configId, strip->images());
class ImageStrip final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageStrip)

public:
    explicit ImageStrip(const QSqlDatabase &db, QWidget *parent = nullptr);
    ~ImageStrip() override;

    // Where Use Episode Artwork downloads from; an empty URL disables it (with a tooltip saying why).
    void setArtwork(QNetworkAccessManager *network, const QUrl &url);
    // Shows these images (a tweet's, or what an attempt sent); isChanged() compares with them.
    void setImages(const QList<Models::TweetImage> &images);
    // In order, with the alt text as typed.
    QList<Models::TweetImage> images() const;
    bool isChanged() const { return images() != m_initial; }
    // Every image this strip has shown since setImages(): what it may have let go of, for
    // MediaStore::removeUnused() after OK or Cancel.
    QList<Models::TweetImage> handledImages() const { return m_handled; }
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    // An image is being checked or downloaded: the images are not final yet.
    bool isBusy() const;
    // Why the images cannot be saved as they stand (an alt text too long), or empty.
    QString problem() const;
    // The sentence under the buttons: why the last image was refused, or that it was re-encoded.
    QString message() const;

    // Each adds after the images there are, once checked (asynchronously); a refusal shows message().
    void addFile(const QString &path);
    void addImageData(const QImage &image, const QString &name = {});
    // Local image files (file URLs) or image data, as a drop or the clipboard carry them.
    static bool hasImages(const QMimeData *mime);
    bool addFromMimeData(const QMimeData *mime);
    // Ctrl+V: false when the clipboard has no image for the strip (the key then pastes text).
    bool paste();
    void useEpisodeArtwork();
    void removeImage(int index);

    // "Images (*.jpg *.jpeg *.png *.webp *.gif)" for the file dialog.
    static QString fileDialogFilter();

Q_SIGNALS:
    // The images or their alt texts changed, or problem() or isBusy() did.
    void changed();

private:
    struct Entry
    {
        Models::TweetImage image;
        QWidget *row = nullptr;
        QLabel *thumbnail = nullptr;
        QPlainTextEdit *alt = nullptr;
        QLabel *counter = nullptr;
        QLabel *warning = nullptr;
        QLabel *note = nullptr;
        QPushButton *remove = nullptr;
    };
    using Job = std::function<QFuture<Models::ImageCheck>()>;

    void chooseFiles();
    // Refuses at once when there is no room for one more; else queues the check.
    void enqueue(const QString &name, Job job);
    void startNext();
    // True when the image passed and is being stored (startNext() waits for onStored()).
    bool onChecked(const QString &name, const Models::ImageCheck &check);
    void onStored(const QString &name, const Models::StoredImage &stored);
    void appendRow(const Models::TweetImage &image);
    void clearRows();
    void updateEntry(Entry &entry);
    void updateThumbnails();
    void updateState();
    void showMessage(const QString &text, bool problem);

    QSqlDatabase m_db;
    QList<Models::TweetImage> m_initial;
    QList<Models::TweetImage> m_handled;
    QList<Entry> m_entries;
    QList<std::pair<QString, Job>> m_queue;
    bool m_checking = false;
    QString m_checkingName;
    bool m_readOnly = false;
    QUrl m_artworkUrl;
    QNetworkAccessManager *m_network = nullptr;
    ThumbnailLoader *m_thumbnails = nullptr;
    QVBoxLayout *m_rows = nullptr;
    QLabel *m_hint = nullptr;
    QWidget *m_buttonRow = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_artworkButton = nullptr;
    QLabel *m_busyLabel = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace EpisodeDesk::Ui
