import os

import requests

response = requests.post(
    "https://api.callbell.eu/v1/messages/send",
    headers={
        "Authorization": f"Bearer {os.environ['CALLBELL_API_TOKEN']}",
        "Accept": "application/json",
    },
    json={
        "to": "+31612345678",
        "from": "whatsapp",
        "type": "text",
        "content": {
            "text": "John Doe",
        },
        "template_values": [
            "Jack",
            "template",
            "Cheers",
        ],
        "template_uuid": "d980fb66fd5043d3ace1aa06ba044342",
        "optin_contact": True,
    },
    timeout=30,
)
print(response.text)
response.raise_for_status()
