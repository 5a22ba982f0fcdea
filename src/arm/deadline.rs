//! Work bounded by a deadline of ours (a refresh interval, the time a wait has left), as
//! opposed to the request timeout the client applies to each request: what runs past it
//! fails the same way, with the same words, wherever it is bounded.

use std::future::Future;
use std::time::Duration;

use super::ArmError;

/// The deadline passed with no answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("no answer within {:.1} s", .0.as_secs_f64())]
pub struct Overdue(pub Duration);

/// One request within `limit`: past it, a transport failure naming the URL, which the
/// callers' retry rules treat as they treat any answer that did not come.
pub async fn request<T>(
    limit: Duration,
    url: &str,
    read: impl Future<Output = Result<T, ArmError>>,
) -> Result<T, ArmError> {
    tokio::time::timeout(limit, read).await.unwrap_or_else(|_| {
        Err(ArmError::Transport {
            message: Overdue(limit).to_string(),
            url: url.to_string(),
        })
    })
}

/// Work of several requests (a discovery, a poll) within `limit`: past it, `Overdue`.
pub async fn work<T>(limit: Duration, run: impl Future<Output = anyhow::Result<T>>) -> anyhow::Result<T> {
    tokio::time::timeout(limit, run)
        .await
        .unwrap_or_else(|_| Err(Overdue(limit).into()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn past_the_deadline_both_say_the_same() {
        let limit = Duration::from_millis(100);
        let slow = async {
            tokio::time::sleep(Duration::from_secs(30)).await;
            Ok::<_, ArmError>(1)
        };
        let e = request(limit, "https://arm/x", slow).await.unwrap_err();
        assert!(matches!(&e, ArmError::Transport { url, .. } if url == "https://arm/x"));
        assert_eq!(e.to_string(), "no answer within 0.1 s");
        let slow = async {
            tokio::time::sleep(Duration::from_secs(30)).await;
            Ok::<_, anyhow::Error>(1)
        };
        let e = work(limit, slow).await.unwrap_err();
        assert_eq!(e.downcast_ref::<Overdue>(), Some(&Overdue(limit)));
        assert_eq!(e.to_string(), "no answer within 0.1 s");
    }
}
