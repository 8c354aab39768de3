// Click-to-load videos (news/blocks.py VideoBlock): the player's frame is created only when the
// visitor presses play, so YouTube or Vimeo see nothing of a visit before that. Without this script
// the button stays hidden and the "Watch it on …" link remains.
(function () {
    "use strict";

    function play(facade, button) {
        var frame = document.createElement("iframe");
        frame.src = facade.getAttribute("data-embed-src");
        frame.title = facade.getAttribute("data-title");
        frame.allow = "autoplay; fullscreen; picture-in-picture; encrypted-media";
        frame.allowFullscreen = true;
        frame.referrerPolicy = "strict-origin-when-cross-origin";
        frame.className = "video-facade__player";
        button.closest(".video-facade__frame").replaceChildren(frame);
        frame.focus();
    }

    function setUp() {
        document.querySelectorAll(".video-facade[data-embed-src]").forEach(function (facade) {
            var button = facade.querySelector(".video-facade__play");
            if (!button) {
                return;
            }
            button.hidden = false;
            button.addEventListener("click", function () {
                play(facade, button);
            });
        });
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", setUp);
    } else {
        setUp();
    }
})();
