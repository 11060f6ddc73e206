package org.pallium.events;

import static org.pallium.events.Require.optional;
import static org.pallium.events.Require.present;

import java.net.URI;

/**
 * A document that goes with the referral, such as a discharge summary, by reference: Pallium
 * keeps where it is, never its content (FHIR Attachment.url).
 *
 * @param contentType the MIME type, such as {@code application/pdf}
 * @param title       null when the sender gave none
 */
public record AttachmentReference(URI url, String contentType, String title) {

    public AttachmentReference {
        present(url, "url");
        if (!url.isAbsolute()) {
            throw new IllegalArgumentException("url must be absolute");
        }
        present(contentType, "contentType");
        optional(title, "title");
    }
}
