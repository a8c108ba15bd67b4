use leptos::prelude::*;
use plotters::coord::Shift;
use plotters::prelude::{DrawingArea, IntoDrawingArea};
use plotters_canvas::CanvasBackend;

use crate::core::chart::Palette;
use crate::ui::idle::after_paint;
use crate::ui::theme::use_palette;

/// Paints `T` on a canvas area whose pixels are CSS pixels × the given scale.
pub type Painter<T> = fn(&DrawingArea<CanvasBackend, Shift>, &T, &Palette, f64);

/// A chart on a canvas sized for the device's pixel ratio, so it is crisp at 1×, 2× and 3×. The stylesheet gives the
/// canvas its shape; it is measured when it appears and when the window is resized, never on each drawing (measuring
/// then forces a layout after every change). The first measure and drawing wait until the page around the chart has
/// been painted: measuring earlier forces a layout of the whole page, and with the drawing it would hold back the
/// first view of the page. Each drawing's time goes into `data-draw-ms` and the count into `data-draws`, for the
/// benchmark script.
#[component]
pub fn ChartCanvas<T>(
    data: Signal<T>,
    paint: Painter<T>,
    /// What the chart shows, for screen readers; a table beside it gives the numbers.
    label: Signal<String>,
    class: &'static str,
    /// Shared with the parent when it lays out around the chart's size.
    #[prop(optional)]
    size: Option<RwSignal<Option<(f64, f64)>>>,
    /// A height the chart sets itself (it grows with its content) instead of taking the stylesheet's; the canvas's
    /// CSS height then follows its pixel size.
    #[prop(optional)]
    height: Option<Signal<f64>>,
) -> impl IntoView
where
    T: Send + Sync + 'static,
{
    let canvas = NodeRef::<leptos::html::Canvas>::new();
    let palette = use_palette();
    let size = size.unwrap_or_else(|| RwSignal::new(None));
    let measure = move || {
        // `try_`: the chart may be gone by the time a deferred measure runs.
        if let Some(c) = canvas.try_get_untracked().flatten() {
            size.try_set(Some((
                f64::from(c.client_width()).max(200.0),
                f64::from(c.client_height()).max(150.0),
            )));
        }
    };
    Effect::new(move |_| {
        if canvas.get().is_some() {
            after_paint(measure);
        }
    });
    let on_resize = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || on_resize.remove());
    let draws = StoredValue::new(0u32);
    Effect::new(move |_| {
        let Some((width, measured)) = size.get() else {
            return;
        };
        let height = height.map_or(measured, |h| h.get());
        let palette = palette.get();
        let Some(canvas) = canvas.get_untracked() else {
            return;
        };
        let ratio = window().device_pixel_ratio().max(1.0);
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
        data.with(|data| paint(&backend.into_drawing_area(), data, &palette, ratio));
        if let (Some(start), Some(end)) = (started, window().performance().map(|p| p.now())) {
            let _ = canvas.set_attribute("data-draw-ms", &format!("{:.3}", end - start));
        }
        draws.update_value(|n| *n += 1);
        let _ = canvas.set_attribute("data-draws", &draws.get_value().to_string());
    });
    view! { <canvas node_ref=canvas class=class role="img" aria-label=label></canvas> }
}
