// The user's folders a file dialog starts in, for QML (Folders.documents).
#pragma once

#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace trendweb {

class Folders : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // The user's documents folder (Documenten), as a file:// URL.
    Q_PROPERTY(QUrl documents READ documents CONSTANT)

public:
    using QObject::QObject;

    static QUrl documents();
};

} // namespace trendweb
