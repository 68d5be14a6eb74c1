using System.Text.Json;
using InvestPromo.Domain.Common;
using InvestPromo.Domain.Filings;

namespace InvestPromo.Domain.UnitTests;

public sealed class FilingAttachmentTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 2, 0, 0, TimeSpan.Zero);
    private static readonly FilingActor Filer = new(Guid.Parse("0195a3c4-0000-7000-8000-000000000f01"), "filer");
    private static readonly FilingActor Reviewer = new(Guid.Parse("0195a3c4-0000-7000-8000-000000000e01"), "reviewer");
    private static readonly string Sha = new('a', 64);

    private static Filing Draft() => Filing.CreateDraft(Guid.CreateVersion7(), FilingTests.Complete, Filer, Now);

    private static Filing In(FilingStatus status)
    {
        var filing = Draft();
        if (status == FilingStatus.Draft)
        {
            return filing;
        }

        filing.Submit(Now, new DateOnly(2026, 11, 25), Now.AddDays(5), Filer);
        switch (status)
        {
            case FilingStatus.Approved:
                filing.Approve(Reviewer, Now.AddHours(1));
                break;
            case FilingStatus.Returned:
                filing.Return(Reviewer, Now.AddHours(1), "请补充协议");
                break;
            case FilingStatus.Withdrawn:
                filing.Withdraw(Filer, Now.AddHours(1));
                break;
            case FilingStatus.Revoked:
                filing.Approve(Reviewer, Now.AddHours(1));
                filing.Revoke(Reviewer, Now.AddHours(2), "重复");
                break;
        }

        return filing;
    }

    private static NewAttachment File(string name = "投资协议.pdf", AttachmentKind kind = AttachmentKind.Agreement) =>
        new(name, "application/pdf", 1234, kind, Sha, Guid.NewGuid().ToString("N"));

    [Theory]
    [InlineData(FilingStatus.Draft)]
    [InlineData(FilingStatus.Returned)]
    public void A_draft_or_returned_filing_takes_an_attachment_and_records_it_in_its_history(FilingStatus status)
    {
        var filing = In(status);

        var attachment = filing.AddAttachment(File(), Filer, Now.AddHours(3));

        Assert.Equal(1, filing.AttachmentCount);
        Assert.Same(attachment, Assert.Single(filing.Attachments));
        Assert.Equal(filing.Id, attachment.FilingId);
        Assert.Equal("投资协议.pdf", attachment.FileName);
        Assert.Equal(AttachmentKind.Agreement, attachment.Kind);
        Assert.Equal(Filer.Id, attachment.UploadedBy);
        Assert.Equal(Now.AddHours(3), attachment.UploadedAt);
        var entry = filing.History[^1];
        Assert.Equal(FilingAction.FileAttached, entry.Action);
        var change = JsonDocument.Parse(entry.Changes!).RootElement.GetProperty("attachment");
        Assert.Equal(JsonValueKind.Null, change[0].ValueKind);
        Assert.Equal("投资协议.pdf (Agreement)", change[1].GetString());
    }

    [Theory]
    [InlineData(FilingStatus.UnderReview)]
    [InlineData(FilingStatus.Approved)]
    [InlineData(FilingStatus.Withdrawn)]
    [InlineData(FilingStatus.Revoked)]
    public void Attachments_are_locked_once_the_filing_is_submitted_and_not_returned(FilingStatus status)
    {
        var filing = In(status);
        var historyBefore = filing.History.Count;

        var refused = Assert.Throws<DomainRuleException>(() => filing.AddAttachment(File(), Filer, Now.AddHours(3)));

        Assert.Equal("filing.attachments-locked", refused.Code);
        Assert.Empty(filing.Attachments);
        Assert.Equal(historyBefore, filing.History.Count);
        Assert.Equal("filing.attachments-locked", Assert.Throws<DomainRuleException>(filing.EnsureCanAttach).Code);
    }

    [Fact]
    public void An_attachment_added_while_returned_cannot_be_removed_after_resubmission()
    {
        var filing = In(FilingStatus.Returned);
        var attachment = filing.AddAttachment(File(), Filer, Now.AddHours(3));
        filing.Submit(Now.AddHours(4), new DateOnly(2026, 11, 26), Now.AddDays(6), Filer);

        var refused = Assert.Throws<DomainRuleException>(() => filing.RemoveAttachment(attachment.Id, Filer, Now.AddHours(5)));

        Assert.Equal("filing.attachments-locked", refused.Code);
        Assert.False(attachment.IsDeleted);
    }

    [Fact]
    public void The_twenty_first_attachment_is_refused()
    {
        var filing = Draft();
        for (var i = 0; i < Filing.MaxAttachments; i++)
        {
            filing.AddAttachment(File($"照片{i}.jpg", AttachmentKind.Photo), Filer, Now);
        }

        var refused = Assert.Throws<DomainRuleException>(() => filing.AddAttachment(File("多余.pdf"), Filer, Now));

        Assert.Equal("filing.attachment-limit", refused.Code);
        Assert.Equal(Filing.MaxAttachments, filing.AttachmentCount);
    }

    [Fact]
    public void Removing_frees_a_place_under_the_cap()
    {
        var filing = Draft();
        var first = filing.AddAttachment(File("0.pdf"), Filer, Now);
        for (var i = 1; i < Filing.MaxAttachments; i++)
        {
            filing.AddAttachment(File($"{i}.pdf"), Filer, Now);
        }

        filing.RemoveAttachment(first.Id, Filer, Now.AddMinutes(1));
        filing.AddAttachment(File("替换.pdf"), Filer, Now.AddMinutes(2));

        Assert.Equal(Filing.MaxAttachments, filing.AttachmentCount);
    }

    [Fact]
    public void Removing_marks_the_attachment_deleted_and_records_it()
    {
        var filing = Draft();
        var attachment = filing.AddAttachment(File(), Filer, Now);

        filing.RemoveAttachment(attachment.Id, Filer, Now.AddMinutes(5));

        Assert.True(attachment.IsDeleted);
        Assert.Equal(Now.AddMinutes(5), attachment.DeletedAt);
        Assert.Equal(Filer.Id, attachment.DeletedBy);
        Assert.Equal(0, filing.AttachmentCount);
        var entry = filing.History[^1];
        Assert.Equal(FilingAction.FileRemoved, entry.Action);
        Assert.Contains("投资协议.pdf", entry.Changes, StringComparison.Ordinal);
    }

    [Fact]
    public void Removing_twice_or_an_unknown_attachment_is_refused()
    {
        var filing = Draft();
        var attachment = filing.AddAttachment(File(), Filer, Now);
        filing.RemoveAttachment(attachment.Id, Filer, Now);

        Assert.Equal("filing.attachment-not-found", Assert.Throws<DomainRuleException>(() => filing.RemoveAttachment(attachment.Id, Filer, Now)).Code);
        Assert.Equal("filing.attachment-not-found", Assert.Throws<DomainRuleException>(() => filing.RemoveAttachment(Guid.NewGuid(), Filer, Now)).Code);
        Assert.Equal(0, filing.AttachmentCount);
    }

    [Fact]
    public void An_empty_file_or_an_unknown_kind_is_refused()
    {
        var filing = Draft();

        Assert.Equal("attachment.empty-invalid", Assert.Throws<DomainRuleException>(() => filing.AddAttachment(File() with { SizeBytes = 0 }, Filer, Now)).Code);
        Assert.Equal("attachment.kind-invalid", Assert.Throws<DomainRuleException>(() => filing.AddAttachment(File() with { Kind = (AttachmentKind)99 }, Filer, Now)).Code);
        Assert.Empty(filing.Attachments);
        Assert.Equal(0, filing.AttachmentCount);
    }

    [Theory]
    [InlineData("投资协议.pdf", "投资协议.pdf")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("..\\..\\Windows\\win.ini", "win.ini")]
    [InlineData("C:\\Users\\张三\\Desktop\\现场照片.JPG", "现场照片.JPG")]
    [InlineData("a<b>c:d\"e|f?g*h.pdf", "abcdefgh.pdf")]
    [InlineData("bad\u0000name\r\n.pdf", "badname.pdf")]
    [InlineData("  ..hidden.pdf.. ", "hidden.pdf")]
    [InlineData(".pdf", "pdf")] // a leading dot is dropped: no extension left, so the type check refuses it
    [InlineData("", "attachment")]
    [InlineData(null, "attachment")]
    [InlineData("../", "attachment")]
    public void File_names_keep_only_a_safe_last_segment(string? uploaded, string expected) =>
        Assert.Equal(expected, AttachmentFileName.Sanitise(uploaded));

    [Fact]
    public void A_long_name_is_shortened_but_keeps_its_extension()
    {
        var name = AttachmentFileName.Sanitise(new string('长', 500) + ".docx");

        Assert.Equal(FilingAttachment.FileNameMaxLength, name.Length);
        Assert.EndsWith("长.docx", name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a.PDF", "pdf")]
    [InlineData("a.tar.gz", "gz")]
    [InlineData("noext", "")]
    [InlineData("trailing.", "")]
    public void The_extension_is_the_last_one_lower_cased(string name, string expected) =>
        Assert.Equal(expected, AttachmentFileName.Extension(name));
}
