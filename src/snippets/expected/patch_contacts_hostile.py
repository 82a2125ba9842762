import os

import requests

response = requests.patch(
    "https://api.callbell.eu/v1/contacts/Zo%C3%AB's%20100%25",
    headers={
        "Authorization": f"Bearer {os.environ['CALLBELL_API_TOKEN']}",
        "Accept": "application/json",
    },
    json={
        "name": "Zoë O'Brien 🎉",
        "tags": [
            "say \"hi\"",
            "C:\\temp",
            "${HOME} $(id)",
        ],
        "custom_fields": {
            "Zoë's note": "line one\nline two",
            "Greeting": "\"#{name}\" is 100%",
        },
    },
    timeout=30,
)
print(response.text)
response.raise_for_status()
