// The lemma open in the editor: its text, whether it differs from the file,
// and an atomic save.
#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace trendweb {

class LemmaDocument : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString filePath READ filePath NOTIFY filePathChanged)
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    Q_PROPERTY(bool modified READ modified NOTIFY modifiedChanged)
    Q_PROPERTY(int wordCount READ wordCount NOTIFY textChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    explicit LemmaDocument(QObject *parent = nullptr);

    QString filePath() const { return m_filePath; }
    QString text() const { return m_text; }
    void setText(const QString &text);
    bool modified() const { return m_text != m_savedText; }
    int wordCount() const;
    QString errorMessage() const { return m_errorMessage; }

    // Reads a lemma file; on failure the editor keeps what it had and says why.
    Q_INVOKABLE bool load(const QString &filePath);
    // Writes the text atomically; on failure the text stays and the reason is shown.
    Q_INVOKABLE bool save();
    Q_INVOKABLE void close();
    // The character offset of a 1-based line and column, for putting the cursor on a problem.
    Q_INVOKABLE int positionOf(int line, int column) const;
    // The 1-based line of a character position.
    Q_INVOKABLE int lineOf(int position) const;

Q_SIGNALS:
    void filePathChanged();
    void textChanged();
    void modifiedChanged();
    void errorMessageChanged();
    void saved();

private:
    void setErrorMessage(const QString &message);
    void update(const QString &text, const QString &savedText);

    QString m_filePath;
    QString m_text;
    QString m_savedText;
    QString m_errorMessage;
};

} // namespace trendweb
