// The one self-contained HTML file of a viewer page: inline CSS and JavaScript from
// viewer/assets/ (embedded at build time, viewer/embed_assets.cmake), the page's data as JSON in
// `<script type="application/json" id="kiln-data">`, and optional raw text blocks (the
// pre-rendered SVGs) in `<script type="text/plain" id=...>` elements, which the browser keeps
// as unparsed text until the page's script asks for one. Nothing is fetched from the network.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace kiln::viewer {

using Json = nlohmann::ordered_json;

// An asset file of viewer/assets/ by name ("viewer.css"); empty if there is none.
std::string_view asset(std::string_view name);

struct Page {
  std::string title;
  Json data;
  std::vector<std::string> scripts;                        // asset names, in order
  std::vector<std::pair<std::string, std::string>> blocks; // id, text
};

// The page's HTML.
std::string renderPage(const Page& page);

// JSON text safe inside a <script> element ("</" written "<\/"), invalid UTF-8 replaced.
std::string scriptJson(const Json& data);

// Writes `text` to `path`; false with `error` set when it cannot.
bool writeFile(const std::string& path, std::string_view text, std::string& error);

} // namespace kiln::viewer
