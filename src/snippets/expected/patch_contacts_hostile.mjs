const response = await fetch("https://api.callbell.eu/v1/contacts/Zo%C3%AB's%20100%25", {
  method: "PATCH",
  headers: {
    Authorization: `Bearer ${process.env.CALLBELL_API_TOKEN}`,
    "Content-Type": "application/json",
    "Accept": "application/json",
  },
  body: JSON.stringify({
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
  }),
});

console.log(await response.text());
if (!response.ok) {
  throw new Error(`Request failed: ${response.status} ${response.statusText}`);
}
