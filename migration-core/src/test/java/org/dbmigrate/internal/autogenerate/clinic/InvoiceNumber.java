package org.dbmigrate.internal.autogenerate.clinic;

import jakarta.persistence.Embeddable;
import java.io.Serializable;

@Embeddable
public class InvoiceNumber implements Serializable {
    private static final long serialVersionUID = 1L;

    String clinicCode;

    int serialNumber;
}
