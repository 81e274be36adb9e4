//! Article photos as uploaded by staff: checked, turned upright, stripped of
//! every byte of metadata (EXIF, GPS, XMP, ICC, comments) and resized to a few
//! widths for `srcset`. The format is read from the bytes, never from the
//! file's name or declared type; the output is always re-encoded, so nothing of
//! the original file but its pixels reaches readers.
use image::imageops::FilterType;
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};
use sha2::{Digest, Sha256};
use std::io::Cursor;

/// An upload may be this large (a camera JPEG is 3–12 MB).
pub const MAX_BYTES: usize = 20 * 1024 * 1024;
/// Neither side may exceed this, so a tiny file cannot claim a huge canvas.
pub const MAX_SIDE: u32 = 12_000;
/// At most 60 megapixels are decoded.
pub const MAX_PIXELS: u64 = 60_000_000;
/// The widths offered in `srcset`; the widest copy is also `src`.
pub const WIDTHS: [u32; 3] = [480, 960, 1600];
const JPEG_QUALITY: u8 = 82;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum PhotoError {
    #[error("The photo is larger than {} MB.", MAX_BYTES / (1024 * 1024))]
    TooLarge,
    #[error("The file is not a JPEG, PNG or WebP image.")]
    NotAnImage,
    #[error(
        "The photo has too many pixels: the most is {MAX_SIDE} a side and {} megapixels.",
        MAX_PIXELS / 1_000_000
    )]
    TooManyPixels,
    #[error("The photo could not be read: {0}")]
    Unreadable(String),
}

impl crate::Localized for PhotoError {
    fn message(&self, t: crate::i18n::Tr) -> String {
        use crate::i18n::Arg;
        match self {
            Self::TooLarge => t.args(
                "admin-photo-too-large",
                &[("limit", Arg::from(MAX_BYTES / (1024 * 1024)))],
            ),
            Self::NotAnImage => t.t("admin-photo-not-an-image"),
            Self::TooManyPixels => t.args(
                "admin-photo-too-many-pixels",
                &[
                    ("side", Arg::from(MAX_SIDE)),
                    ("megapixels", Arg::from(MAX_PIXELS / 1_000_000)),
                ],
            ),
            // The decoder's reason stays as the library words it.
            Self::Unreadable(reason) => t.s("admin-photo-unreadable", "reason", reason),
        }
    }
}

/// One resized, re-encoded copy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhotoCopy {
    /// `HASH-WIDTH.jpg` (or `.png` for images with transparency).
    pub name: String,
    pub content_type: &'static str,
    pub width: u32,
    pub height: u32,
    pub bytes: Vec<u8>,
}

/// The copies of one upload, narrowest first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProcessedPhoto {
    pub copies: Vec<PhotoCopy>,
}

impl ProcessedPhoto {
    pub fn largest(&self) -> Option<&PhotoCopy> {
        self.copies.last()
    }

    /// `srcset` for copies served under `prefix` ("/media/").
    pub fn srcset(&self, prefix: &str) -> String {
        self.copies
            .iter()
            .map(|c| format!("{prefix}{} {}w", c.name, c.width))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The article's photo served from `/media/` (no caption, credit or
    /// alt text yet) and the files to store for it; `None` without copies.
    pub fn into_stored(self) -> Option<(crate::article::Photo, Vec<crate::store::Media>)> {
        let largest = self.largest()?;
        let photo = crate::article::Photo {
            src: format!("/media/{}", largest.name),
            alt: String::new(),
            caption: String::new(),
            credit: String::new(),
            srcset: self.srcset("/media/"),
            width: Some(largest.width),
            height: Some(largest.height),
        };
        let files = self
            .copies
            .into_iter()
            .map(|c| crate::store::Media {
                name: c.name,
                content_type: c.content_type.to_string(),
                bytes: c.bytes,
            })
            .collect();
        Some((photo, files))
    }
}

/// Checks, orients, strips and resizes an uploaded photo.
pub fn process(bytes: &[u8]) -> Result<ProcessedPhoto, PhotoError> {
    if bytes.len() > MAX_BYTES {
        return Err(PhotoError::TooLarge);
    }
    let format = image::guess_format(bytes).map_err(|_| PhotoError::NotAnImage)?;
    if !matches!(
        format,
        ImageFormat::Jpeg | ImageFormat::Png | ImageFormat::WebP
    ) {
        return Err(PhotoError::NotAnImage);
    }
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_PIXELS * 4 + 64 * 1024 * 1024);
    reader.limits(limits);
    let mut decoder = reader.into_decoder().map_err(read_error)?;
    let (width, height) = decoder.dimensions();
    if width == 0 || height == 0 || u64::from(width) * u64::from(height) > MAX_PIXELS {
        return Err(PhotoError::TooManyPixels);
    }
    // EXIF orientation is applied to the pixels before the metadata is dropped,
    // so a phone photo taken upright stays upright.
    let orientation = decoder.orientation().map_err(read_error)?;
    let mut img = DynamicImage::from_decoder(decoder).map_err(read_error)?;
    img.apply_orientation(orientation);
    // Many PNGs carry an alpha channel they never use: those become JPEGs.
    // Checked in place where the pixels are 8-bit RGBA already (no copy).
    let transparent = match img.as_rgba8() {
        Some(px) => px.pixels().any(|p| p[3] < 255),
        None => img.color().has_alpha() && img.to_rgba8().pixels().any(|p| p[3] < 255),
    };
    let img = if transparent {
        DynamicImage::ImageRgba8(img.into_rgba8())
    } else {
        DynamicImage::ImageRgb8(img.into_rgb8())
    };
    let hash: String = Sha256::digest(bytes)
        .iter()
        .take(10)
        .map(|b| format!("{b:02x}"))
        .collect();
    let mut copies = Vec::new();
    for target in targets(img.width()) {
        if target == img.width() {
            copies.push(encode(&img, &hash, transparent)?);
            continue;
        }
        let h = (u64::from(img.height()) * u64::from(target) / u64::from(img.width())).max(1);
        let copy = img.resize_exact(
            target,
            u32::try_from(h).unwrap_or(1),
            FilterType::CatmullRom,
        );
        copies.push(encode(&copy, &hash, transparent)?);
    }
    Ok(ProcessedPhoto { copies })
}

/// The widths to make: the standard ones narrower than the photo, and the
/// photo's own width up to the widest standard one. Never upscaled.
fn targets(width: u32) -> Vec<u32> {
    let widest = WIDTHS[WIDTHS.len() - 1];
    let mut out: Vec<u32> = WIDTHS.iter().copied().filter(|w| *w < width).collect();
    let top = width.min(widest);
    if !out.contains(&top) {
        out.push(top);
    }
    out
}

fn encode(img: &DynamicImage, hash: &str, transparent: bool) -> Result<PhotoCopy, PhotoError> {
    let mut bytes = Vec::new();
    let (ext, content_type) = if transparent {
        img.write_with_encoder(image::codecs::png::PngEncoder::new(&mut bytes))
            .map_err(read_error)?;
        ("png", "image/png")
    } else {
        img.write_with_encoder(image::codecs::jpeg::JpegEncoder::new_with_quality(
            &mut bytes,
            JPEG_QUALITY,
        ))
        .map_err(read_error)?;
        ("jpg", "image/jpeg")
    };
    Ok(PhotoCopy {
        name: format!("{hash}-{}.{ext}", img.width()),
        content_type,
        width: img.width(),
        height: img.height(),
        bytes,
    })
}

fn read_error(e: image::ImageError) -> PhotoError {
    match e {
        image::ImageError::Limits(_) => PhotoError::TooManyPixels,
        image::ImageError::Unsupported(_) => PhotoError::NotAnImage,
        other => PhotoError::Unreadable(other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::{Rgb, RgbImage, Rgba, RgbaImage};

    fn jpeg(width: u32, height: u32) -> Vec<u8> {
        let img = RgbImage::from_fn(width, height, |x, y| {
            Rgb([(x % 256) as u8, (y % 256) as u8, 90])
        });
        let mut out = Vec::new();
        DynamicImage::ImageRgb8(img)
            .write_with_encoder(image::codecs::jpeg::JpegEncoder::new(&mut out))
            .unwrap();
        out
    }

    #[test]
    fn widths_never_upscale() {
        assert_eq!(targets(300), vec![300]);
        assert_eq!(targets(1000), vec![480, 960, 1000]);
        assert_eq!(targets(4000), vec![480, 960, 1600]);
        assert_eq!(targets(960), vec![480, 960]);
    }

    #[test]
    fn a_photo_becomes_resized_jpeg_copies() {
        let p = process(&jpeg(1200, 800)).unwrap();
        let sizes: Vec<(u32, u32)> = p.copies.iter().map(|c| (c.width, c.height)).collect();
        assert_eq!(sizes, vec![(480, 320), (960, 640), (1200, 800)]);
        for c in &p.copies {
            assert_eq!(image::guess_format(&c.bytes).unwrap(), ImageFormat::Jpeg);
            assert!(c.name.ends_with(&format!("-{}.jpg", c.width)), "{}", c.name);
        }
        assert!(p.srcset("/media/").contains("960w"));
    }

    #[test]
    fn transparency_is_kept_as_png() {
        let img = RgbaImage::from_pixel(64, 32, Rgba([1, 2, 3, 0]));
        let mut png = Vec::new();
        DynamicImage::ImageRgba8(img)
            .write_with_encoder(image::codecs::png::PngEncoder::new(&mut png))
            .unwrap();
        let p = process(&png).unwrap();
        assert_eq!(p.copies.len(), 1);
        assert_eq!(p.copies[0].content_type, "image/png");
        // An alpha channel nobody uses is dropped: the copy is a JPEG.
        let opaque = RgbaImage::from_pixel(64, 32, Rgba([1, 2, 3, 255]));
        let mut png = Vec::new();
        DynamicImage::ImageRgba8(opaque)
            .write_with_encoder(image::codecs::png::PngEncoder::new(&mut png))
            .unwrap();
        assert_eq!(process(&png).unwrap().copies[0].content_type, "image/jpeg");
    }

    #[test]
    fn other_files_are_refused() {
        assert_eq!(process(b"GIF89a...."), Err(PhotoError::NotAnImage));
        assert_eq!(
            process(b"<svg xmlns=\"http://www.w3.org/2000/svg\"/>"),
            Err(PhotoError::NotAnImage)
        );
        assert_eq!(process(b""), Err(PhotoError::NotAnImage));
        let mut truncated = jpeg(100, 100);
        truncated.truncate(200);
        assert!(matches!(
            process(&truncated),
            Err(PhotoError::Unreadable(_))
        ));
    }
}
