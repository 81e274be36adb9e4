//! `robots.txt`: the `site.robots` setting, with `{base}` standing for the
//! site's address (so the default names the sitemaps on any host).

/// Crawl everything readers see; not the admin, the write endpoints, the
/// JSON APIs or the comment tools (each a copy of an article page or a form).
pub const DEFAULT: &str = "User-agent: *
Disallow: /admin/
Disallow: /wp-admin/
Disallow: /wp-json/
Disallow: /wp-comments-post.php
Disallow: /api/
Disallow: /comments/
Disallow: /thread

Sitemap: {base}/sitemap.xml
Sitemap: {base}/news-sitemap.xml
";

/// The text served for `setting` on the site at `base`.
pub fn render(setting: &str, base: &str) -> String {
    let mut text = setting.replace("{base}", base.trim_end_matches('/'));
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_names_the_sitemaps_under_the_base() {
        let t = render(DEFAULT, "https://x.org/");
        assert!(t.contains("Disallow: /admin/\n"));
        assert!(
            t.ends_with("Sitemap: https://x.org/news-sitemap.xml\n"),
            "{t}"
        );
        assert_eq!(render("User-agent: *", "http://h"), "User-agent: *\n");
        assert_eq!(render("", "http://h"), "");
    }
}
