// Base64 (RFC 4648) decoding, for binary data carried in JSON documents.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kiln {

// Decodes standard base64 (with '=' padding); nullopt if the text is not valid base64.
std::optional<std::string> decodeBase64(std::string_view text);

} // namespace kiln
