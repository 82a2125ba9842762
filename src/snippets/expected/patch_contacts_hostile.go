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
  "name": "Zoë O'Brien 🎉",
  "tags": [
    "say \"hi\"",
    "C:\\temp",
    "${HOME} $(id)"
  ],
  "custom_fields": {
    "Zoë's note": "line one\nline two",
    "Greeting": "\"#{name}\" is 100%"
  }
}`)
	req, err := http.NewRequest("PATCH", "https://api.callbell.eu/v1/contacts/Zo%C3%AB's%20100%25", body)
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
