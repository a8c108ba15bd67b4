use leptos::prelude::*;
use plotters::prelude::IntoDrawingArea;
use plotters_canvas::CanvasBackend;

use crate::core::charts::radar::{draw, Radar, COMPACT_BELOW};
use crate::core::charts::Palette;

/// The palette for the theme the system asks for.
pub fn system_palette() -> Palette {
    let dark = window()
        .match_media("(prefers-color-scheme: dark)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches());
    if dark {
        Palette::DARK
    } else {
        Palette::LIGHT
    }
}

/// The radar on a canvas sized for the device's pixel ratio, so it is crisp at 1×, 2× and 3×. It records how long
/// each drawing took in `data-draw-ms` and counts drawings in `data-draws`, for the benchmark script.
#[component]
pub fn RadarChart(radar: Signal<Radar>) -> impl IntoView {
    let canvas = NodeRef::<leptos::html::Canvas>::new();
    // Resizing the window changes the canvas's size in pixels: redraw then too.
    let resized = RwSignal::new(0u32);
    let on_resize = window_event_listener(leptos::ev::resize, move |_| resized.update(|n| *n += 1));
    on_cleanup(move || on_resize.remove());
    let draws = StoredValue::new(0u32);
    // A narrow chart numbers its spokes; the names are then listed under it.
    let compact = RwSignal::new(false);
    Effect::new(move |_| {
        resized.track();
        let radar = radar.get();
        let Some(canvas) = canvas.get() else { return };
        let ratio = window().device_pixel_ratio().max(1.0);
        // The stylesheet sets the canvas's shape; its bitmap matches that size in device pixels.
        let width = f64::from(canvas.client_width()).max(240.0);
        let height = f64::from(canvas.client_height()).max(240.0);
        let (w, h) = (
            (width * ratio).round() as u32,
            (height * ratio).round() as u32,
        );
        if canvas.width() != w || canvas.height() != h {
            canvas.set_width(w);
            canvas.set_height(h);
        }
        compact.set(width < COMPACT_BELOW);
        let started = window().performance().map(|p| p.now());
        let Some(backend) = CanvasBackend::with_canvas_object(canvas.clone()) else {
            return;
        };
        // A failed drawing leaves the table beside the chart as the record; there is nothing else to do with it.
        let _ = draw(
            &backend.into_drawing_area(),
            &radar,
            &system_palette(),
            ratio,
        );
        if let (Some(start), Some(end)) = (started, window().performance().map(|p| p.now())) {
            let _ = canvas.set_attribute("data-draw-ms", &format!("{:.3}", end - start));
        }
        draws.update_value(|n| *n += 1);
        let _ = canvas.set_attribute("data-draws", &draws.get_value().to_string());
    });
    view! {
        <canvas
            node_ref=canvas
            class="radar"
            role="img"
            aria-label=move || radar.with(|r| format!("Radar chart. {} The table below gives the same numbers.", r.caption))
            data-testid="radar"
        ></canvas>
        <Show when=move || compact.get()>
            <ol class="radar-key" aria-label="Spokes of the chart">
                {move || radar.with(|r| r.axes.iter().map(|a| view! { <li>{a.clone()}</li> }).collect_view())}
            </ol>
        </Show>
    }
}
