import ProtokolStore

/// Deleted objects (OParl 1.1 `deleted: true`): what a syncing client needs to drop its copy, and nothing of the content.
///
/// What is deleted here: a withdrawn meeting (`protokol withdraw`) with its agenda items, consultations and file;
/// an agenda item an earlier version of its meeting had and the current one lacks; and a body, organization,
/// paper or person whose meetings were all withdrawn.
extension OParlMapping {
    func deleted(id: String, type: String, times: OParl.Times?) -> OParl.Deleted {
        OParl.Deleted(id: id, type: OParl.version + type, created: times?.createdText, modified: times?.modifiedText)
    }

    /// A body keeps its name and the URLs of its lists: the Body schema requires them of every body.
    func deletedBody(_ body: Catalog.Body) -> OParl.Deleted {
        var deleted = deleted(id: bodyID(body.id), type: "Body", times: OParl.Times.span(body.meetings))
        deleted.name = body.name
        deleted.organization = bodyList(body.id, "organizations")
        deleted.person = bodyList(body.id, "people")
        deleted.meeting = bodyList(body.id, "meetings")
        deleted.paper = bodyList(body.id, "papers")
        deleted.legislativeTerm = []
        return deleted
    }

    func deletedOrganization(_ committee: Catalog.Committee) -> OParl.Deleted {
        deleted(id: organizationID(committee.id), type: "Organization", times: OParl.Times.span(committee.meetings))
    }

    func deletedMeeting(_ stored: StoredMeeting) -> OParl.Deleted {
        deleted(id: meetingID(Catalog.meetingID(stored.identity)), type: "Meeting", times: OParl.Times(stored))
    }

    /// An agenda item keeps its order (the AgendaItem schema requires it); a removed item's order is its number.
    func deletedAgendaItem(meetingID id: String, number: Int, order: Int, times: OParl.Times) -> OParl.Deleted {
        var deleted = deleted(id: agendaItemID(id, number), type: "AgendaItem", times: times)
        deleted.order = order
        return deleted
    }

    func deletedConsultation(meetingID id: String, number: Int, times: OParl.Times) -> OParl.Deleted {
        deleted(id: consultationID(id, number), type: "Consultation", times: times)
    }

    /// A file keeps its accessUrl (the File schema requires it), which no longer serves the bytes.
    func deletedFile(_ stored: StoredMeeting) -> OParl.Deleted {
        var deleted = deleted(id: fileID(stored.currentSHA256), type: "File", times: OParl.Times(stored))
        deleted.accessUrl = fileID(stored.currentSHA256) + "/original"
        return deleted
    }

    func deletedPaper(bodyID: String, caseNumber: String, times: OParl.Times?) -> OParl.Deleted {
        deleted(id: paperID(bodyID, caseNumber), type: "Paper", times: times)
    }

    func deletedPerson(bodyID: String, name: String, times: OParl.Times?) -> OParl.Deleted {
        deleted(id: personID(bodyID, name), type: "Person", times: times)
    }
}
