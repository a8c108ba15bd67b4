use leptos::prelude::*;
use plotters::prelude::IntoDrawingArea;
use plotters_canvas::CanvasBackend;

use crate::core::charts::radar::{draw, Radar, COMPACT_BELOW};
use crate::ui::theme::use_palette;

/// The radar on a canvas sized for the device's pixel ratio, so it is crisp at 1×, 2× and 3×. It records how long
/// each drawing took in `data-draw-ms` and counts drawings in `data-draws`, for the benchmark script.
#[component]
pub fn RadarChart(radar: Signal<Radar>) -> impl IntoView {
    let canvas = NodeRef::<leptos::html::Canvas>::new();
    let palette = use_palette();
    // The canvas's size in CSS pixels, measured when it appears and when the window is resized. Measuring on every
    // drawing would force the browser to lay out the page after each rating change, which cost more than the drawing.
    let size = RwSignal::new(None::<(f64, f64)>);
    let measure = move || {
        if let Some(c) = canvas.get_untracked() {
            size.set(Some((
                f64::from(c.client_width()).max(240.0),
                f64::from(c.client_height()).max(240.0),
            )));
        }
    };
    Effect::new(move |_| {
        if canvas.get().is_some() {
            measure();
        }
    });
    let on_resize = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || on_resize.remove());
    let draws = StoredValue::new(0u32);
    // A narrow chart numbers its spokes; the names are then listed under it.
    let compact = Memo::new(move |_| size.get().is_some_and(|(w, _)| w < COMPACT_BELOW));
    Effect::new(move |_| {
        let Some((width, height)) = size.get() else {
            return;
        };
        let radar = radar.get();
        let palette = palette.get();
        let Some(canvas) = canvas.get_untracked() else {
            return;
        };
        let ratio = window().device_pixel_ratio().max(1.0);
        // The stylesheet sets the canvas's shape; its bitmap matches that size in device pixels.
        let (w, h) = (
            (width * ratio).round() as u32,
            (height * ratio).round() as u32,
        );
        if canvas.width() != w || canvas.height() != h {
            canvas.set_width(w);
            canvas.set_height(h);
        }
        let started = window().performance().map(|p| p.now());
        let Some(backend) = CanvasBackend::with_canvas_object(canvas.clone()) else {
            return;
        };
        // A failed drawing leaves the table beside the chart as the record; there is nothing else to do with it.
        let _ = draw(&backend.into_drawing_area(), &radar, &palette, ratio);
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
