//! Fused events, contradictions and control over HTTP. The fixture's t1
//! (Enab Baladi: Russian jets, 4 killed, SOHR) and t7 (Step News: the
//! regime's jets, 12 killed, activists) report one strike on اللطامنة;
//! t5 has the army retake معان.

use serde_json::Value;

use crate::{get_ok, EVENTS};

fn ids(v: &Value) -> Vec<i64> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_i64().unwrap())
        .collect()
}

/// The fused strike on اللطامنة and its two reports (t1's, then t7's).
async fn latamna() -> (Value, Vec<i64>) {
    let page = get_ok("/api/fused?min_sources=2").await;
    let fused = page["fused"].as_array().unwrap();
    assert_eq!(fused.len(), 1, "{page}");
    let f = fused[0].clone();
    let events = ids(&f["events"]);
    (f, events)
}

#[tokio::test]
async fn two_outlets_reporting_one_strike_make_one_fused_event_with_both_figures() {
    let (f, events) = latamna().await;
    assert_eq!(f["place"]["name"], "اللطامنة");
    assert_eq!(f["sub_event_type"], "Air/drone strike");
    assert_eq!(f["event_date"], "2017-04-02");
    assert_eq!(f["sources"], 2);
    assert_eq!(f["outlets"], serde_json::json!(["Enab Baladi", "Step News"]));
    assert_eq!(events.len(), 2);
    let t = &f["fatalities"];
    assert_eq!((t["min"].as_u64(), t["max"].as_u64()), (Some(4), Some(12)));
    let kinds: Vec<&str> = f["contradictions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["fatalities", "perpetrator"]);

    // Every other event stands alone.
    let all = get_ok("/api/fused?limit=1000").await;
    assert_eq!(all["fused"].as_array().unwrap().len(), EVENTS - 1);
    assert_eq!(all["more"], false);
    let first = get_ok("/api/fused?limit=1").await;
    assert_eq!(first["more"], true);
    let contradicted = get_ok("/api/fused?contradicted=true").await;
    assert_eq!(contradicted["fused"][0]["id"], f["id"]);
    assert_eq!(contradicted["fused"].as_array().unwrap().len(), 1);
    let elsewhere = get_ok("/api/fused?min_sources=2&admin1=Aleppo").await;
    assert!(elsewhere["fused"].as_array().unwrap().is_empty());
}

#[tokio::test]
async fn a_fused_event_gives_every_report_whole_and_why_it_joined() {
    let (f, events) = latamna().await;
    let detail = get_ok(&format!("/api/fused/{}", f["id"])).await;
    let reports = detail["reports"].as_array().unwrap();
    let got: Vec<i64> = reports.iter().map(|r| r["id"].as_i64().unwrap()).collect();
    assert_eq!(got, events);
    let outlets: Vec<&str> = reports
        .iter()
        .map(|r| r["article"]["outlet"].as_str().unwrap())
        .collect();
    assert_eq!(outlets, ["Enab Baladi", "Step News"]);
    assert!(reports[1]["evidence"]["text"]
        .as_str()
        .unwrap()
        .contains("قتل 12 مدنياً"));
    let joined = detail["joined"].as_array().unwrap();
    assert!(joined[0]["why"].is_null(), "the first report begins it");
    assert!(
        joined[1]["why"].as_str().unwrap().contains("km apart"),
        "{joined:?}"
    );
    // Each report knows its fused event.
    for e in &events {
        assert_eq!(get_ok(&format!("/api/events/{e}")).await["fused"], f["id"]);
    }
}

#[tokio::test]
async fn contradictions_come_with_the_evidence_of_each_side() {
    let (f, events) = latamna().await;
    let page = get_ok("/api/contradictions").await;
    let list = page["contradictions"].as_array().unwrap();
    assert_eq!(list.len(), 2, "{page}");
    let figures = list.iter().find(|c| c["kind"] == "fatalities").unwrap();
    assert_eq!(figures["fused"], f["id"]);
    assert_eq!(figures["place"], "اللطامنة");
    let claims: Vec<&str> = figures["sides"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["claim"].as_str().unwrap())
        .collect();
    assert_eq!(claims, ["4 killed", "12 killed"]);
    for (side, event) in figures["sides"].as_array().unwrap().iter().zip(&events) {
        let report = &side["reports"][0];
        assert_eq!(report["event"], *event);
        let record = get_ok(&format!("/api/events/{event}")).await;
        assert_eq!(report["evidence"], record["evidence"]["text"]);
    }
    let perpetrator = list.iter().find(|c| c["kind"] == "perpetrator").unwrap();
    assert!(perpetrator["detail"].as_str().unwrap().contains("russia"));
    assert!(
        get_ok("/api/contradictions?admin1=Damascus").await["contradictions"]
            .as_array()
            .unwrap()
            .is_empty()
    );
}

#[tokio::test]
async fn control_gives_a_place_s_timeline_and_every_place_on_a_day() {
    let maan = get_ok("/api/control?place=معان").await;
    let steps = maan["steps"].as_array().unwrap();
    assert_eq!(steps.len(), 1, "{maan}");
    assert_eq!(steps[0]["controller"], "syria_gov");
    assert_eq!(steps[0]["date"], "2017-03-15");
    assert_eq!(steps[0]["admin1"], "Hama");
    assert!(steps[0]["lat"].is_number() && steps[0]["lon"].is_number());

    let before = get_ok("/api/control?on=2017-03-14").await;
    assert!(before["steps"].as_array().unwrap().is_empty());
    let after = get_ok("/api/control?on=2017-04-01&admin1=حماة").await;
    assert_eq!(after["admin1"], "Hama");
    assert_eq!(after["steps"][0]["place_name"], "معان");
    let aleppo = get_ok("/api/control?on=2017-04-01&admin1=Aleppo").await;
    assert!(aleppo["steps"].as_array().unwrap().is_empty());
}
