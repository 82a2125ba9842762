curl -sS --fail-with-body -X PATCH 'https://api.callbell.eu/v1/contacts/Zo%C3%AB'\''s%20100%25' \
  -H "Authorization: Bearer $CALLBELL_API_TOKEN" \
  -H 'Content-Type: application/json' \
  -H 'Accept: application/json' \
  --data-raw '{
  "name": "Zoë O'\''Brien 🎉",
  "tags": [
    "say \"hi\"",
    "C:\\temp",
    "${HOME} $(id)"
  ],
  "custom_fields": {
    "Zoë'\''s note": "line one\nline two",
    "Greeting": "\"#{name}\" is 100%"
  }
}'
