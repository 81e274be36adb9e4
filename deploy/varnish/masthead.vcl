# Varnish in front of masthead (Debian: apt install varnish varnish-modules).
# masthead marks public pages with `Cache-Control: public, max-age=0,
# s-maxage=N` and their surrogate keys in `xkey` (article-ID, home, site), and
# with `masthead serve --purge-url http://127.0.0.1:6081/` it sends
# `PURGE` with `xkey-purge: KEYS` whenever what a page shows changes.
vcl 4.1;

import xkey;

backend masthead {
    .host = "127.0.0.1";
    .port = "8080";
}

# Who may purge: the masthead nodes.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        if (req.http.xkey-purge) {
            set req.http.x-purged = xkey.purge(req.http.xkey-purge);
            return (synth(200, "Purged " + req.http.x-purged));
        }
        return (purge);
    }
    # A visitor with masthead's cookies (a held comment of their own, a staff
    # session) sees a page of their own: straight to masthead.
    if (req.http.Cookie ~ "(^|;\s*)masthead_") {
        return (pass);
    }
    # Other cookies (analytics and the like) do not change masthead's pages.
    unset req.http.Cookie;
    # An article's address answers HTML, or ActivityPub's JSON to servers
    # that ask (`Vary: Accept`): two variants, not one per browser's header.
    if (req.url ~ "^/articles/") {
        if (req.http.Accept ~ "application/activity\+json" ||
            (req.http.Accept ~ "application/ld\+json" &&
             req.http.Accept ~ "activitystreams")) {
            set req.http.Accept = "application/activity+json";
        } else {
            unset req.http.Accept;
        }
    }
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.x-proxy-cache = "hit";
    } else {
        set resp.http.x-proxy-cache = "miss";
    }
    # The keys are for this cache, not for browsers.
    unset resp.http.xkey;
}
