// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "imagestrip.h"

#include "media/artworkfetcher.h"
#include "media/mediastore.h"
#include "thumbnailloader.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLoggingCategory>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QThreadPool>
#include <QVBoxLayout>

namespace EpisodeDesk::Ui {

Q_LOGGING_CATEGORY(lcImageStrip, "episodedesk.ui.imagestrip")

using Models::ImageCheck;
using Models::TweetImage;

namespace {

constexpr int kThumbnailSide = 72;
const QColor kProblemColor(0xB0, 0x00, 0x20);

const QStringList &imageSuffixes()
{
    static const QStringList suffixes {QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("png"),
                                       QStringLiteral("webp"), QStringLiteral("gif")};
    return suffixes;
}

// The local files of a drop or the clipboard that may be images (decided from the name here; the check
// decides from the bytes).
QStringList imageFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls()) {
        return files;
    }
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && imageSuffixes().contains(QFileInfo(url.toLocalFile()).suffix().toLower())) {
            files.append(url.toLocalFile());
        }
    }
    return files;
}

// Pasted pixels have no file: they are encoded as PNG (lossless) on the pool, then checked as any file.
QFuture<ImageCheck> encodeAndPrepare(const QImage &image, const QString &name)
{
    auto promise = std::make_shared<QPromise<ImageCheck>>();
    QFuture<ImageCheck> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, image, name] {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        promise->addResult(Models::prepareImage(png, name));
        promise->finish();
    });
    return future;
}

QString formatName(const QString &mimeType)
{
    return mimeType.section(QLatin1Char('/'), 1).toUpper().replace(QStringLiteral("WEBP"), QStringLiteral("WebP"));
}

void setProblemPalette(QLabel *label, bool problem)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText,
                     problem ? kProblemColor : QApplication::palette().color(QPalette::WindowText));
    label->setPalette(palette);
}

} // namespace

ImageStrip::ImageStrip(const QSqlDatabase &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_thumbnails(new ThumbnailLoader(db, this))
{
    setObjectName(QStringLiteral("imageStrip"));
    connect(m_thumbnails, &ThumbnailLoader::ready, this, &ImageStrip::updateThumbnails);

    m_rows = new QVBoxLayout;
    m_rows->setContentsMargins(0, 0, 0, 0);

    m_hint = new QLabel(tr("No images. Add up to 4 (or one GIF): choose files, drop them here, paste one "
                           "(Ctrl+V) or use the episode's artwork."),
                        this);
    m_hint->setObjectName(QStringLiteral("imageHint"));
    m_hint->setWordWrap(true);

    m_buttonRow = new QWidget(this);
    m_addButton = new QPushButton(tr("Add &Image…"), m_buttonRow);
    m_addButton->setObjectName(QStringLiteral("addImageButton"));
    m_addButton->setToolTip(tr("JPEG, PNG, WebP or GIF. An image over X's 5 MB is re-encoded to fit; the "
                               "original is kept."));
    connect(m_addButton, &QPushButton::clicked, this, &ImageStrip::chooseFiles);
    m_artworkButton = new QPushButton(tr("Use Episode &Artwork"), m_buttonRow);
    m_artworkButton->setObjectName(QStringLiteral("useArtworkButton"));
    connect(m_artworkButton, &QPushButton::clicked, this, &ImageStrip::useEpisodeArtwork);
    m_busyBar = new QProgressBar(m_buttonRow);
    m_busyBar->setObjectName(QStringLiteral("imageBusyIndicator"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(80);
    m_busyBar->setTextVisible(false);
    m_busyLabel = new QLabel(m_buttonRow);
    m_busyLabel->setObjectName(QStringLiteral("imageBusyLabel"));
    m_busyLabel->setTextFormat(Qt::PlainText);
    auto *buttons = new QHBoxLayout(m_buttonRow);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_artworkButton);
    buttons->addWidget(m_busyBar);
    buttons->addWidget(m_busyLabel, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("imageMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_rows);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttonRow);
    layout->addWidget(m_message);

    setArtwork(nullptr, {});
    updateState();
}

ImageStrip::~ImageStrip() = default;

QString ImageStrip::fileDialogFilter()
{
    QStringList patterns;
    for (const QString &suffix : imageSuffixes()) {
        patterns.append(QStringLiteral("*.") + suffix);
    }
    return tr("Images (%1)").arg(patterns.join(QLatin1Char(' ')));
}

void ImageStrip::setArtwork(QNetworkAccessManager *network, const QUrl &url)
{
    m_network = network;
    m_artworkUrl = url;
    updateState();
}

void ImageStrip::setImages(const QList<TweetImage> &images)
{
    clearRows();
    m_initial = images;
    for (const TweetImage &image : images) {
        appendRow(image);
    }
    showMessage({}, false);
    updateState();
}

QList<TweetImage> ImageStrip::images() const
{
    QList<TweetImage> images;
    for (const Entry &entry : m_entries) {
        TweetImage image = entry.image;
        image.alt = entry.alt->toPlainText();
        images.append(image);
    }
    return images;
}

void ImageStrip::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (Entry &entry : m_entries) {
        updateEntry(entry);
    }
    updateState();
}

bool ImageStrip::isBusy() const
{
    return m_checking || !m_queue.isEmpty();
}

QString ImageStrip::problem() const
{
    // The alt texts' lengths: the count and the mix of images are refused before an image is added.
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const qsizetype length = m_entries.at(i).alt->toPlainText().size();
        if (length > Models::kMaxAltTextLength) {
            return tr("The alt text of image %1 is too long by %n characters: X takes up to %2.", nullptr,
                      int(length - Models::kMaxAltTextLength))
                .arg(i + 1)
                .arg(QLocale().toString(Models::kMaxAltTextLength));
        }
    }
    return {};
}

QString ImageStrip::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void ImageStrip::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Add Images"), QString(), fileDialogFilter());
    for (const QString &path : paths) {
        addFile(path);
    }
}

void ImageStrip::addFile(const QString &path)
{
    enqueue(QFileInfo(path).fileName(), [path] { return Models::prepareImageFileInBackground(path); });
}

void ImageStrip::addImageData(const QImage &image, const QString &name)
{
    const QString fileName = name.isEmpty() ? tr("Pasted image.png") : name;
    enqueue(fileName, [image, fileName] { return encodeAndPrepare(image, fileName); });
}

bool ImageStrip::hasImages(const QMimeData *mime)
{
    return mime && (mime->hasImage() || !imageFiles(mime).isEmpty());
}

bool ImageStrip::addFromMimeData(const QMimeData *mime)
{
    if (m_readOnly || !hasImages(mime)) {
        return false;
    }
    // Files before pixels: a file manager's copy may carry both, and the file is the original.
    const QStringList files = imageFiles(mime);
    if (!files.isEmpty()) {
        for (const QString &file : files) {
            addFile(file);
        }
        return true;
    }
    addImageData(qvariant_cast<QImage>(mime->imageData()));
    return true;
}

bool ImageStrip::paste()
{
    return addFromMimeData(QApplication::clipboard()->mimeData());
}

void ImageStrip::useEpisodeArtwork()
{
    if (m_readOnly || m_artworkUrl.isEmpty() || !m_network) {
        return;
    }
    const QString name = m_artworkUrl.fileName().isEmpty() ? tr("Episode artwork") : m_artworkUrl.fileName();
    enqueue(name, [this] {
        // One fetcher per download; it reports by signal, and a promise turns that into the future
        // every other source gives.
        auto *fetcher = new Models::ArtworkFetcher(m_network, this);
        auto promise = std::make_shared<QPromise<ImageCheck>>();
        promise->start();
        connect(fetcher, &Models::ArtworkFetcher::finished, this, [promise, fetcher](const ImageCheck &check) {
            promise->addResult(check);
            promise->finish();
            fetcher->deleteLater();
        });
        fetcher->fetch(m_artworkUrl);
        return promise->future();
    });
}

void ImageStrip::enqueue(const QString &name, Job job)
{
    if (m_readOnly) {
        return;
    }
    // No room: said at once, in the words X's rule has everywhere (imagesProblem), before any decoding.
    const qsizetype coming = m_entries.size() + m_queue.size() + (m_checking ? 1 : 0);
    if (coming >= Models::kMaxImagesPerTweet) {
        QList<TweetImage> tooMany = images();
        tooMany.resize(coming + 1);
        showMessage(tr("“%1” was not added. %2").arg(name, Models::imagesProblem(tooMany)), true);
        return;
    }
    m_queue.append({name, std::move(job)});
    startNext();
}

void ImageStrip::startNext()
{
    if (m_checking || m_queue.isEmpty()) {
        updateState();
        return;
    }
    auto [name, job] = m_queue.takeFirst();
    m_checking = true;
    m_checkingName = name;
    auto *watcher = new QFutureWatcher<ImageCheck>(this);
    connect(watcher, &QFutureWatcher<ImageCheck>::finished, this, [this, watcher, name = name] {
        watcher->deleteLater();
        const ImageCheck check = watcher->future().resultCount() > 0
            ? watcher->result()
            : ImageCheck {std::nullopt, tr("“%1” could not be read.").arg(name)};
        if (!onChecked(name, check)) {
            m_checking = false;
            startNext();
        }
    });
    watcher->setFuture(job());
    updateState();
}

bool ImageStrip::onChecked(const QString &name, const ImageCheck &check)
{
    if (!check.ok()) {
        showMessage(check.error, true);
        return false;
    }
    // The mix is known only now (a GIF is one from its bytes): X's rule decides with the new image in.
    QList<TweetImage> candidate = images();
    for (TweetImage &image : candidate) {
        image.alt.clear();
    }
    TweetImage incoming;
    incoming.mimeType = check.image->mimeType;
    candidate.append(incoming);
    if (const QString problem = Models::imagesProblem(candidate); !problem.isEmpty()) {
        showMessage(tr("“%1” was not added. %2").arg(name, problem), true);
        return false;
    }
    // Stored off the GUI thread too: a re-encoded image keeps its original (up to 100 MB) on disk or in
    // the team database, and the window must not freeze while that is written.
    auto *watcher = new QFutureWatcher<Models::StoredImage>(this);
    connect(watcher, &QFutureWatcher<Models::StoredImage>::finished, this, [this, watcher, name] {
        watcher->deleteLater();
        Models::StoredImage stored;
        if (watcher->future().resultCount() > 0) {
            stored = watcher->result();
        } else {
            stored.error = tr("“%1” could not be kept with the tweet.").arg(name);
        }
        onStored(name, stored);
        m_checking = false;
        startNext();
    });
    watcher->setFuture(Models::storePreparedInBackground(m_db, *check.image));
    return true;
}

void ImageStrip::onStored(const QString &name, const Models::StoredImage &stored)
{
    if (!stored.ok()) {
        qCWarning(lcImageStrip) << "storing" << name << "failed";
        showMessage(stored.error, true);
        return;
    }
    for (const Entry &entry : std::as_const(m_entries)) {
        if (entry.image.sha256 == stored.image->sha256) {
            showMessage(tr("“%1” is already on this tweet.").arg(name), true);
            return;
        }
    }
    appendRow(*stored.image);
    if (stored.reencoded) {
        showMessage(tr("“%1” was re-encoded as %2 %3×%4 to fit X's 5 MB; the original is kept.")
                        .arg(name, formatName(stored.image->mimeType))
                        .arg(stored.image->width)
                        .arg(stored.image->height),
                    false);
    }
    // Otherwise an earlier sentence stays (a refused file among several dropped must not flash by).
    Q_EMIT changed();
}

void ImageStrip::appendRow(const TweetImage &image)
{
    m_handled.append(image);
    Entry entry;
    entry.image = image;
    entry.row = new QWidget(this);
    entry.row->setObjectName(QStringLiteral("imageRow"));
    entry.thumbnail = new QLabel(entry.row);
    entry.thumbnail->setObjectName(QStringLiteral("imageThumbnail"));
    entry.thumbnail->setFixedSize(kThumbnailSide, kThumbnailSide);
    entry.thumbnail->setAlignment(Qt::AlignCenter);
    entry.thumbnail->setFrameShape(QFrame::StyledPanel);
    entry.alt = new QPlainTextEdit(entry.row);
    entry.alt->setObjectName(QStringLiteral("altTextEdit"));
    entry.alt->setTabChangesFocus(true);
    entry.alt->setPlaceholderText(tr("Alt text: what the image shows, for people who cannot see it"));
    entry.alt->setFixedHeight(entry.alt->fontMetrics().lineSpacing() * 3 + 10);
    entry.alt->setPlainText(image.alt);
    entry.counter = new QLabel(entry.row);
    entry.counter->setObjectName(QStringLiteral("altCounter"));
    entry.counter->setToolTip(
        tr("X takes up to %1 characters of alt text per image.").arg(QLocale().toString(Models::kMaxAltTextLength)));
    entry.warning = new QLabel(entry.row);
    entry.warning->setObjectName(QStringLiteral("altWarning"));
    entry.warning->setWordWrap(true);
    entry.warning->setTextFormat(Qt::PlainText);
    entry.note = new QLabel(entry.row);
    entry.note->setObjectName(QStringLiteral("imageNote"));
    entry.note->setWordWrap(true);
    entry.note->setTextFormat(Qt::PlainText);
    entry.remove = new QPushButton(tr("Remove"), entry.row);
    entry.remove->setObjectName(QStringLiteral("removeImageButton"));

    // The counter beside the box, under Remove, rather than under the box: a row is as high as its
    // thumbnail whatever the warning and the note below say.
    QFont bold = entry.counter->font();
    bold.setBold(true);
    entry.counter->setMinimumWidth(
        QFontMetrics(bold).horizontalAdvance(tr("%1 / %2").arg(9999).arg(Models::kMaxAltTextLength)));
    entry.counter->setAlignment(Qt::AlignRight | Qt::AlignBottom);
    auto *column = new QVBoxLayout;
    column->setSpacing(2);
    column->addWidget(entry.alt);
    column->addWidget(entry.warning);
    column->addWidget(entry.note);
    auto *side = new QVBoxLayout;
    side->addWidget(entry.remove);
    side->addStretch();
    side->addWidget(entry.counter);
    auto *layout = new QHBoxLayout(entry.row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(entry.thumbnail, 0, Qt::AlignTop);
    layout->addLayout(column, 1);
    layout->addLayout(side);
    m_rows->addWidget(entry.row);

    QWidget *row = entry.row;
    connect(entry.alt, &QPlainTextEdit::textChanged, this, [this, row] {
        for (Entry &each : m_entries) {
            if (each.row == row) {
                updateEntry(each);
            }
        }
        Q_EMIT changed();
    });
    connect(entry.remove, &QPushButton::clicked, this, [this, row] {
        for (qsizetype i = 0; i < m_entries.size(); ++i) {
            if (m_entries.at(i).row == row) {
                removeImage(int(i));
                return;
            }
        }
    });
    m_entries.append(entry);
    updateEntry(m_entries.last());
    updateThumbnails();
    updateState();
}

void ImageStrip::removeImage(int index)
{
    if (m_readOnly || index < 0 || index >= m_entries.size()) {
        return;
    }
    // Only from the tweet: the store keeps the bytes until removeUnused() finds nothing refers to them.
    const Entry entry = m_entries.takeAt(index);
    entry.row->setObjectName(QStringLiteral("removedImageRow"));
    entry.row->hide();
    entry.row->deleteLater();
    for (Entry &each : m_entries) {
        updateEntry(each);
    }
    showMessage({}, false);
    updateState();
    Q_EMIT changed();
}

void ImageStrip::clearRows()
{
    for (const Entry &entry : std::as_const(m_entries)) {
        entry.row->setObjectName(QStringLiteral("removedImageRow"));
        entry.row->hide();
        entry.row->deleteLater();
    }
    m_entries.clear();
}

void ImageStrip::updateEntry(Entry &entry)
{
    int number = 1;
    while (number <= m_entries.size() && m_entries.at(number - 1).row != entry.row) {
        ++number;
    }
    const QString alt = entry.alt->toPlainText();
    const bool tooLong = alt.size() > Models::kMaxAltTextLength;
    entry.alt->setReadOnly(m_readOnly);
    entry.alt->setAccessibleName(tr("Alt text of image %1").arg(number));
    entry.remove->setVisible(!m_readOnly);
    entry.remove->setAccessibleName(tr("Remove image %1").arg(number));
    entry.counter->setText(tr("%1 / %2").arg(alt.size()).arg(Models::kMaxAltTextLength));
    entry.counter->setProperty("overLimit", tooLong);
    setProblemPalette(entry.counter, tooLong);
    QFont font = entry.counter->font();
    font.setBold(tooLong);
    entry.counter->setFont(font);
    // Red is the second cue, never the only one: the sentence says what is wrong.
    if (tooLong) {
        entry.warning->setText(
            tr("Too long by %n characters: X takes up to %1.", nullptr, int(alt.size() - Models::kMaxAltTextLength))
                .arg(QLocale().toString(Models::kMaxAltTextLength)));
    } else if (alt.trimmed().isEmpty()) {
        entry.warning->setText(m_readOnly ? tr("\u26A0 Sent without alt text.")
                                          : tr("\u26A0 No alt text: people using screen readers will not know "
                                               "what this image shows."));
    } else {
        entry.warning->clear();
    }
    entry.warning->setVisible(!entry.warning->text().isEmpty());
    setProblemPalette(entry.warning, tooLong);
    const TweetImage &image = entry.image;
    entry.note->setText(image.originalSha256.isEmpty()
                            ? QString()
                            : tr("Re-encoded as %1 %2×%3 to fit X's 5 MB; the original is kept.")
                                  .arg(formatName(image.mimeType))
                                  .arg(image.width)
                                  .arg(image.height));
    entry.note->setVisible(!entry.note->text().isEmpty());
    const QString description = Models::describeImage(image);
    entry.thumbnail->setToolTip(image.fileName.isEmpty() ? description
                                                         : tr("%1 (%2)").arg(image.fileName, description));
    entry.thumbnail->setAccessibleName(tr("Image %1: %2").arg(number).arg(description));
}

void ImageStrip::updateThumbnails()
{
    for (const Entry &entry : std::as_const(m_entries)) {
        const QPixmap picture = m_thumbnails->thumbnail(entry.image, kThumbnailSide - 4);
        if (!picture.isNull()) {
            entry.thumbnail->setPixmap(picture);
        } else if (!entry.thumbnail->pixmap().isNull() || entry.thumbnail->text().isEmpty()) {
            entry.thumbnail->setText(QStringLiteral("…"));
        }
    }
}

void ImageStrip::updateState()
{
    const bool busy = isBusy();
    const bool full = m_entries.size() >= Models::kMaxImagesPerTweet;
    m_buttonRow->setVisible(!m_readOnly);
    m_hint->setVisible(m_entries.isEmpty());
    m_hint->setText(m_readOnly ? tr("No images.")
                               : tr("No images. Add up to 4 (or one GIF): choose files, drop them here, paste "
                                    "one (Ctrl+V) or use the episode's artwork."));
    m_addButton->setEnabled(!full);
    const bool hasArtwork = !m_artworkUrl.isEmpty() && m_network;
    m_artworkButton->setEnabled(hasArtwork && !full);
    m_artworkButton->setToolTip(
        hasArtwork ? tr("Download the episode's artwork (%1) and add it").arg(m_artworkUrl.toDisplayString())
                   : tr("This episode has no artwork: its feed names no image for it "
                        "or for the show."));
    m_busyBar->setVisible(busy);
    m_busyLabel->setVisible(busy);
    m_busyLabel->setText(busy ? tr("Checking “%1”…").arg(m_checkingName) : QString());
    Q_EMIT changed();
}

void ImageStrip::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_message->setProperty("problem", problem);
    setProblemPalette(m_message, problem);
}

} // namespace EpisodeDesk::Ui
