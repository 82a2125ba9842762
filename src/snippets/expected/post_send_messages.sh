curl -sS --fail-with-body -X POST 'https://api.callbell.eu/v1/messages/send' \
  -H "Authorization: Bearer $CALLBELL_API_TOKEN" \
  -H 'Content-Type: application/json' \
  -H 'Accept: application/json' \
  --data-raw '{
  "to": "+31612345678",
  "from": "whatsapp",
  "type": "text",
  "content": {
    "text": "John Doe"
  },
  "template_values": [
    "Jack",
    "template",
    "Cheers"
  ],
  "template_uuid": "d980fb66fd5043d3ace1aa06ba044342",
  "optin_contact": true
}'
