package main

import (
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
)

func main() {
	body := strings.NewReader(`{
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
}`)
	req, err := http.NewRequest("POST", "https://api.callbell.eu/v1/messages/send", body)
	if err != nil {
		panic(err)
	}
	req.Header.Set("Authorization", "Bearer "+os.Getenv("CALLBELL_API_TOKEN"))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json")

	res, err := http.DefaultClient.Do(req)
	if err != nil {
		panic(err)
	}
	defer res.Body.Close()
	data, err := io.ReadAll(res.Body)
	if err != nil {
		panic(err)
	}
	fmt.Println(string(data))
	if res.StatusCode >= 300 {
		fmt.Fprintln(os.Stderr, "Request failed:", res.Status)
		os.Exit(1)
	}
}
