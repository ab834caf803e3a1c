# Shared by the benches: the admin forms, filled in with curl as a browser would (CSRF token from
# each form, one cookie jar). Source it after setting BASE and COOKIES.

# Each lookup may find nothing (a wrong password, a refused form): "|| true" keeps set -e and
# pipefail from ending the bench without a word, so the checks below can say what went wrong.
csrf_of() { { grep -o 'type="hidden" name="_csrf" value="[^"]*"' || true; } | head -n 1 | sed 's/.*value="\([^"]*\)"/\1/'; }

post() { # path, then name=value pairs; prints the redirect target
    local path=$1 field; shift
    local args=()
    for field in "$@"; do args+=(--data-urlencode "$field"); done
    curl -s -o /dev/null -w '%{redirect_url}' -c "$COOKIES" -b "$COOKIES" "${args[@]}" "$BASE$path"
}

sign_in() { # username password
    local token
    token=$(curl -s -c "$COOKIES" -b "$COOKIES" "$BASE/admin/login" | csrf_of)
    [[ -n $token ]] || { echo "No sign-in form at $BASE/admin/login" >&2; exit 1; }
    [[ $(post /admin/login "_csrf=$token" "username=$1" "password=$2") == */admin/ ]] \
        || { echo "Could not sign in as $1 at $BASE" >&2; exit 1; }
}

# A section and an author named after $UNIQUE; sets SECTION_ID, SECTION_SLUG and AUTHOR_ID.
newsroom() {
    local token editor
    SECTION_SLUG=metro-$UNIQUE
    token=$(curl -s -b "$COOKIES" "$BASE/admin/sections/new" | csrf_of)
    post /admin/sections "_csrf=$token" "name=Metro $UNIQUE" "slug=$SECTION_SLUG" "parent=" >/dev/null
    token=$(curl -s -b "$COOKIES" "$BASE/admin/authors/new" | csrf_of)
    post /admin/authors "_csrf=$token" "name=Ada Reporter $UNIQUE" "slug=ada-$UNIQUE" "bio=Covers City Hall." >/dev/null
    editor=$(curl -s -b "$COOKIES" "$BASE/admin/articles/new")
    SECTION_ID=$(grep -o "<option value=\"[0-9]*\">Metro $UNIQUE</option>" <<<"$editor" | grep -o '[0-9]\+' | head -n 1 || true)
    AUTHOR_ID=$(grep -o "<option value=\"[0-9]*\">Ada Reporter $UNIQUE</option>" <<<"$editor" | grep -o '[0-9]\+' | head -n 1 || true)
    [[ -n $SECTION_ID && -n $AUTHOR_ID ]] || { echo "Could not set up the newsroom (signed in?)" >&2; exit 1; }
}

# Saves a draft and presses an action on it: headline slug body action [name=value ...].
# Prints the article editor's URL.
story() {
    local headline=$1 slug=$2 body=$3 action=$4 token article page version
    shift 4
    token=$(curl -s -b "$COOKIES" "$BASE/admin/articles/new" | csrf_of)
    article=$(post /admin/articles/new "_csrf=$token" "headline=$headline" "dek=What changes for readers." \
        "section=$SECTION_ID" "bylines=$AUTHOR_ID" "slug=$slug" "body=$body")
    page=$(curl -s -b "$COOKIES" "$article")
    version=$(grep -o 'name="version" value="[0-9]*"' <<<"$page" | grep -o '[0-9]\+' || true)
    [[ -n $version ]] || { echo "Could not save the draft \"$headline\"" >&2; exit 1; }
    post "${article#"$BASE"}" "_csrf=$(csrf_of <<<"$page")" "version=$version" "headline=$headline" \
        "dek=What changes for readers." "section=$SECTION_ID" "bylines=$AUTHOR_ID" "slug=$slug" \
        "body=$body" "action=$action" "$@" >/dev/null
    echo "$article"
}
