//! An ordered parallel map: work items computed on several threads, consumed in their order.
//!
//! Used by the export, whose cost is reading each graph from the store (every term is a RocksDB
//! look-up) while the writing must stay sequential and in a fixed order.

use std::panic::{self, AssertUnwindSafe};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, mpsc};
use std::thread;

/// Computes `work(item)` for every item on `threads` threads and hands the results to `sink` in
/// the order of `items`, on the calling thread.
///
/// At most `2 × threads` results are computed ahead of the one `sink` waits for, so memory holds
/// a bounded number of results. The first error (from `work` in item order, or from `sink`) stops
/// the run and is returned; items not started by then are not computed. A panic in `work` is
/// resumed on the calling thread when its item's turn comes. With `threads <= 1` everything
/// runs on the calling thread.
pub fn for_each_ordered<T, R, E>(
    items: &[T],
    threads: usize,
    work: impl Fn(&T) -> Result<R, E> + Sync,
    mut sink: impl FnMut(&T, R) -> Result<(), E>,
) -> Result<(), E>
where
    T: Sync,
    R: Send,
    E: Send,
{
    if threads <= 1 || items.len() <= 1 {
        for item in items {
            sink(item, work(item)?)?;
        }
        return Ok(());
    }
    let window = 2 * threads;
    // A worker takes a token before it takes the next item; the sink gives one back per result
    // consumed. Items are taken in order, so the item the sink waits for always holds a token.
    let (token_sender, token_receiver) = mpsc::sync_channel::<()>(window);
    for _ in 0..window {
        token_sender.send(()).expect("the token channel has room");
    }
    let token_receiver = Mutex::new(token_receiver);
    let next = AtomicUsize::new(0);
    let (result_sender, result_receiver) = mpsc::channel::<(usize, thread::Result<Result<R, E>>)>();
    thread::scope(|scope| {
        for _ in 0..threads.min(items.len()) {
            let result_sender = result_sender.clone();
            let (token_receiver, next, work) = (&token_receiver, &next, &work);
            scope.spawn(move || {
                loop {
                    let token = token_receiver
                        .lock()
                        .unwrap_or_else(|poisoned| poisoned.into_inner())
                        .recv();
                    if token.is_err() {
                        return; // the sink stopped
                    }
                    let index = next.fetch_add(1, Ordering::Relaxed);
                    let Some(item) = items.get(index) else {
                        return;
                    };
                    // A panic is sent as a result too: the sink waits for every item in turn,
                    // and would wait for this one forever.
                    let result = panic::catch_unwind(AssertUnwindSafe(|| work(item)));
                    let panicked = result.is_err();
                    if result_sender.send((index, result)).is_err() || panicked {
                        return;
                    }
                }
            });
        }
        drop(result_sender);
        // The sink side. Returning drops the token sender, which stops the workers.
        let token_sender = token_sender;
        let mut waiting: Vec<Option<thread::Result<Result<R, E>>>> =
            (0..window).map(|_| None).collect();
        for (index, item) in items.iter().enumerate() {
            let result = loop {
                if let Some(result) = waiting[index % window].take() {
                    break result;
                }
                let (done, result) = result_receiver
                    .recv()
                    .expect("a worker holding a token sends its result");
                waiting[done % window] = Some(result);
            };
            let result = result.unwrap_or_else(|payload| panic::resume_unwind(payload));
            sink(item, result?)?;
            // The channel may be gone only once every item is taken.
            let _ = token_sender.send(());
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn results_come_in_item_order_whatever_the_threads() {
        let items: Vec<u64> = (0..500).collect();
        for threads in [0, 1, 2, 3, 8] {
            let mut seen = Vec::new();
            for_each_ordered(
                &items,
                threads,
                |&item| {
                    if item % 7 == 0 {
                        thread::sleep(Duration::from_micros(200));
                    }
                    Ok::<_, ()>(item * item)
                },
                |&item, square| {
                    assert_eq!(square, item * item);
                    seen.push(item);
                    Ok(())
                },
            )
            .unwrap();
            assert_eq!(seen, items, "{threads} threads");
        }
    }

    #[test]
    fn the_first_error_in_item_order_stops_the_run() {
        let items: Vec<u32> = (0..1000).collect();
        for threads in [1, 2, 4] {
            let mut consumed = 0;
            let error = for_each_ordered(
                &items,
                threads,
                |&item| {
                    if item == 300 || item == 301 {
                        Err(item)
                    } else {
                        Ok(item)
                    }
                },
                |_, _| {
                    consumed += 1;
                    Ok(())
                },
            )
            .unwrap_err();
            assert_eq!((error, consumed), (300, 300), "{threads} threads");
        }
    }

    #[test]
    fn a_panic_in_the_work_reaches_the_caller_instead_of_hanging() {
        let items: Vec<u32> = (0..1000).collect();
        let outcome = panic::catch_unwind(|| {
            for_each_ordered(
                &items,
                3,
                |&item| {
                    assert_ne!(item, 500, "item 500 is bad");
                    Ok::<_, ()>(item)
                },
                |_, _| Ok(()),
            )
        });
        let payload = outcome.unwrap_err();
        let message = payload
            .downcast_ref::<String>()
            .cloned()
            .unwrap_or_default();
        assert!(message.contains("item 500 is bad"), "{message}");
    }

    #[test]
    fn a_failing_sink_stops_the_workers() {
        let items: Vec<u32> = (0..100_000).collect();
        let computed = AtomicUsize::new(0);
        let error = for_each_ordered(
            &items,
            4,
            |&item| {
                computed.fetch_add(1, Ordering::Relaxed);
                Ok(item)
            },
            |&item, _| if item == 10 { Err("full disk") } else { Ok(()) },
        )
        .unwrap_err();
        assert_eq!(error, "full disk");
        // Eleven results consumed, at most a window of 8 more computed.
        assert!(computed.load(Ordering::Relaxed) <= 11 + 8);
    }
}
