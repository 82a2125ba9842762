const response = await fetch("https://api.callbell.eu/v1/messages/send", {
  method: "POST",
  headers: {
    Authorization: `Bearer ${process.env.CALLBELL_API_TOKEN}`,
    "Content-Type": "application/json",
    "Accept": "application/json",
  },
  body: JSON.stringify({
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
    "optin_contact": true,
  }),
});

console.log(await response.text());
if (!response.ok) {
  throw new Error(`Request failed: ${response.status} ${response.statusText}`);
}
