// The viewer pages' HTML shell (see html_page.h).
#include "viewer/html_page.h"

#include <cctype>
#include <cerrno>
#include <cstring>
#include <fstream>

namespace kiln::viewer {

namespace {

std::string escapeHtml(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
    case '&': out += "&amp;"; break;
    case '<': out += "&lt;"; break;
    case '>': out += "&gt;"; break;
    case '"': out += "&quot;"; break;
    default: out += c;
    }
  }
  return out;
}

// Text inside a <script> or <style> element must not close it early: "</tag", in any case,
// becomes "<\/tag" (the same text in JavaScript and CSS strings; in an SVG, Graphviz escapes
// every "<" of text, so the sequence can only come from a broken input).
std::string elementSafe(std::string_view text, std::string_view tag) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    bool closes = text[i] == '<' && i + 1 < text.size() && text[i + 1] == '/';
    for (size_t k = 0; closes && k < tag.size(); ++k)
      closes = i + 2 + k < text.size() && std::tolower(static_cast<unsigned char>(text[i + 2 + k])) == tag[k];
    out += text[i];
    if (closes) out += '\\';
  }
  return out;
}

} // namespace

std::string scriptJson(const Json& data) {
  std::string text = data.dump(-1, ' ', false, Json::error_handler_t::replace);
  // "</" occurs only inside strings, where "<\/" means the same.
  for (size_t pos = 0; (pos = text.find("</", pos)) != std::string::npos; pos += 3) text.replace(pos, 2, "<\\/");
  return text;
}

std::string renderPage(const Page& page) {
  std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  // No network: a policy that forbids every fetch makes a stray one an error the tests see.
  out += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
         "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n";
  out += "<title>" + escapeHtml(page.title) + "</title>\n<style>\n" + elementSafe(asset("viewer.css"), "style") +
         "</style>\n</head>\n<body>\n<div id=\"app\"><p class=\"loading\">Loading…</p></div>\n";
  out += "<script type=\"application/json\" id=\"kiln-data\">" + scriptJson(page.data) + "</script>\n";
  for (const auto& [id, text] : page.blocks)
    out += "<script type=\"text/plain\" id=\"" + escapeHtml(id) + "\">" + elementSafe(text, "script") + "</script>\n";
  out += "<script>\n";
  for (const std::string& name : page.scripts) out += elementSafe(asset(name), "script") + "\n";
  return out + "</script>\n</body>\n</html>\n";
}

bool writeFile(const std::string& path, std::string_view text, std::string& error) {
  std::ofstream out(path, std::ios::binary);
  if (out) out.write(text.data(), std::streamsize(text.size()));
  if (out) out.close();
  if (!out) {
    error = "cannot write '" + path + "': " + std::strerror(errno);
    return false;
  }
  return true;
}

} // namespace kiln::viewer
