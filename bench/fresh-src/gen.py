import json, sys
def emit(path, prefix, rows):
    with open(path, 'w', encoding='utf-8') as f:
        for i, r in enumerate(rows, 1):
            text, risky, cats, lang, tags = r
            if lang != 'en' and 'non-english' not in tags: tags = tags + ['non-english']
            rec = {"id": f"{prefix}{i:04d}", "text": text, "risky": risky, "categories": cats if risky else [], "lang": lang, "tags": tags, "note": "fresh"}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(path, len(rows))
P=['payment']; C=['contact']; X=['circumvention']; PX=['payment','circumvention']; CX=['contact','circumvention']
def R(t, cats, tags=(), lang='en'): return (t, True, cats, lang, list(tags))
def B(t, tags=('hard-negative',), lang='en'): return (t, False, [], lang, list(tags))
