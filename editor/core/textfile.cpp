#include "textfile.h"

#include "confinement.h"
#include "filetransaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>
#include <QStringDecoder>
#include <cerrno>

namespace trendweb {

namespace {

// Length of the valid UTF-8 sequence at bytes[i], or 0 when it is invalid.
int validSequenceLength(const QByteArray &bytes, qsizetype i)
{
    const auto byte = [&](qsizetype k) { return static_cast<unsigned char>(bytes[k]); };
    const unsigned char c = byte(i);
    if (c < 0x80)
        return 1;
    int length = 0;
    char32_t minimum = 0;
    char32_t value = 0;
    if ((c & 0xE0) == 0xC0) {
        length = 2, minimum = 0x80, value = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        length = 3, minimum = 0x800, value = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        length = 4, minimum = 0x10000, value = c & 0x07;
    } else {
        return 0;
    }
    if (i + length > bytes.size())
        return 0;
    for (int k = 1; k < length; ++k) {
        const unsigned char next = byte(i + k);
        if ((next & 0xC0) != 0x80)
            return 0;
        value = (value << 6) | (next & 0x3F);
    }
    if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        return 0;
    return length;
}

} // namespace

Result<QString> decodeUtf8(const QByteArray &bytes, const QString &fileName)
{
    // The common case first: valid text, decoded in one pass.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString decoded = decoder.decode(bytes);
    if (!decoder.hasError()) {
        if (decoded.startsWith(QChar(0xFEFF)))
            decoded.remove(0, 1);
        return decoded;
    }
    // Otherwise find the first invalid byte, to say where it is.
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < bytes.size();) {
        const int length = validSequenceLength(bytes, i);
        if (length == 0) {
            return Error{QCoreApplication::translate(
                             "trendweb", "Dit bestand is geen geldige UTF-8-tekst (byte 0x%1). "
                                         "Sla het op als UTF-8 en open het opnieuw.")
                             .arg(static_cast<unsigned char>(bytes[i]), 2, 16, QLatin1Char('0')),
                         fileName, line, column};
        }
        if (bytes[i] == '\n') {
            ++line;
            column = 1;
        } else {
            column += length == 4 ? 2 : 1; // columns count UTF-16 code units, as the editor does
        }
        i += length;
    }
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

Result<QString> readTextFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QCoreApplication::translate("trendweb", "Kan het bestand niet lezen: %1.")
                         .arg(file.errorString()),
                     path};
    }
    return decodeUtf8(file.readAll(), path);
}

Result<void> writeTextFile(const QString &path, const QString &text)
{
    const auto failed = [&](int code, const QString &systemMessage) {
        Error error = writeError(path, QFileInfo(path).fileName(), code, systemMessage);
        error.file = path;
        error.message =
            QCoreApplication::translate("trendweb", "Niet opgeslagen: %1").arg(error.message);
        return error;
    };
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return failed(errno, {});
    // A file made read-only on purpose: said as such (a new file in its place would pass
    // over that choice). On a read-only disk the disk is the cause, said below.
    const QFileInfo existing(path);
    if (existing.exists() && !existing.isWritable() && !QStorageInfo(folder).isReadOnly()) {
        return Error{QCoreApplication::translate(
                         "trendweb", "Niet opgeslagen: het bestand %1 is alleen-lezen. Maak het "
                                     "beschrijfbaar (bij de eigenschappen van het bestand) en sla "
                                     "dan opnieuw op.")
                         .arg(existing.fileName()),
                     path};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(0, file.errorString());
    // Every write and the flush are checked before the new file takes the old one's place;
    // on a failure the old file stays as it was.
    const QByteArray bytes = text.toUtf8();
    if (file.write(bytes) != bytes.size() || !file.flush() ||
        file.error() != QFileDevice::NoError) {
        const int code = errno;
        const QString message = file.errorString();
        file.cancelWriting();
        return failed(code == ENOSPC || code == EDQUOT ? code : 0, message);
    }
    if (!file.commit())
        return failed(0, file.errorString());
    return {};
}

Result<void> writeEditionFile(const QString &root, const QString &relative, const QString &text)
{
    if (!staysInEdition(root, relative))
        return leavesEditionError(relative);
    return writeTextFile(QDir(root).filePath(relative), text);
}

} // namespace trendweb
