// Cargo.toml:
// [dependencies]
// reqwest = { version = "0.12", features = ["blocking"] }
use std::env;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let token = env::var("CALLBELL_API_TOKEN")?;
    let response = reqwest::blocking::Client::new()
        .request(reqwest::Method::POST, "https://api.callbell.eu/v1/messages/send")
        .bearer_auth(token)
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .body(r#"{
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
}"#)
        .send()?;

    let status = response.status();
    println!("{}", response.text()?);
    if !status.is_success() {
        return Err(format!("Request failed: {status}").into());
    }
    Ok(())
}
