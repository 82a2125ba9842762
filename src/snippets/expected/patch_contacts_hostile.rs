// Cargo.toml:
// [dependencies]
// reqwest = { version = "0.12", features = ["blocking"] }
use std::env;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let token = env::var("CALLBELL_API_TOKEN")?;
    let response = reqwest::blocking::Client::new()
        .request(reqwest::Method::PATCH, "https://api.callbell.eu/v1/contacts/Zo%C3%AB's%20100%25")
        .bearer_auth(token)
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .body(r##"{
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
}"##)
        .send()?;

    let status = response.status();
    println!("{}", response.text()?);
    if !status.is_success() {
        return Err(format!("Request failed: {status}").into());
    }
    Ok(())
}
