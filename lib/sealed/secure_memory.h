#pragma once

#include <QByteArray>
#include <QString>
#include <cstddef>

namespace zanlink::sealed {

// Initialises libsodium once per process; false when it cannot (no source of
// randomness). Every entry point of lib/sealed calls it first.
bool ensureSodium();

// Overwrites the bytes of an array this code owns alone; a shared array is
// only released, as its other owners still read it.
void wipe(QByteArray& bytes);
void wipe(QString& text);

// A fixed-size buffer for key material: allocated with sodium_malloc (guard
// pages, locked in RAM so it is not swapped out), readable only while in use
// and zeroed when freed.
class SecretBuffer {
public:
    SecretBuffer() = default;
    explicit SecretBuffer(std::size_t size);
    ~SecretBuffer();
    SecretBuffer(const SecretBuffer&) = delete;
    SecretBuffer& operator=(const SecretBuffer&) = delete;
    SecretBuffer(SecretBuffer&& other) noexcept;
    SecretBuffer& operator=(SecretBuffer&& other) noexcept;

    bool isValid() const { return m_data != nullptr; }
    std::size_t size() const { return m_size; }
    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }

    // Between uses the buffer can be made inaccessible; any read then faults.
    void lock() const;
    void unlockForReading() const;
    void unlockForWriting();

private:
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

// Makes a SecretBuffer readable for the lifetime of this object.
class SecretReader {
public:
    explicit SecretReader(const SecretBuffer& buffer) : m_buffer(buffer) { m_buffer.unlockForReading(); }
    ~SecretReader() { m_buffer.lock(); }
    SecretReader(const SecretReader&) = delete;
    SecretReader& operator=(const SecretReader&) = delete;
    const unsigned char* data() const { return m_buffer.data(); }

private:
    const SecretBuffer& m_buffer;
};

} // namespace zanlink::sealed
