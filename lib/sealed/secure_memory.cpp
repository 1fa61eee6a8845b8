#include "sealed/secure_memory.h"

#include <sodium.h>
#include <utility>

namespace zanlink::sealed {

bool ensureSodium()
{
    // sodium_init() is thread-safe and returns 1 when already done.
    static const bool ok = sodium_init() >= 0;
    return ok;
}

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty() && bytes.isDetached())
        sodium_memzero(bytes.data(), static_cast<std::size_t>(bytes.size()));
    bytes = QByteArray();
}

void wipe(QString& text)
{
    if (!text.isEmpty() && text.isDetached())
        sodium_memzero(text.data(), static_cast<std::size_t>(text.size()) * sizeof(QChar));
    text = QString();
}

SecretBuffer::SecretBuffer(std::size_t size)
{
    if (!ensureSodium())
        return;
    m_data = static_cast<unsigned char*>(sodium_malloc(size));
    if (m_data) {
        m_size = size;
        sodium_memzero(m_data, size);
    }
}

SecretBuffer::~SecretBuffer()
{
    if (m_data) {
        // sodium_free zeroes the memory and releases the lock and guard pages.
        sodium_mprotect_readwrite(m_data);
        sodium_free(m_data);
    }
}

SecretBuffer::SecretBuffer(SecretBuffer&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{
}

SecretBuffer& SecretBuffer::operator=(SecretBuffer&& other) noexcept
{
    if (this != &other) {
        SecretBuffer gone(std::move(*this));
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

void SecretBuffer::lock() const
{
    if (m_data)
        sodium_mprotect_noaccess(m_data);
}

void SecretBuffer::unlockForReading() const
{
    if (m_data)
        sodium_mprotect_readonly(m_data);
}

void SecretBuffer::unlockForWriting()
{
    if (m_data)
        sodium_mprotect_readwrite(m_data);
}

} // namespace zanlink::sealed
